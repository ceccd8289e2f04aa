/**
 * The longest team or employee name accepted, typed or imported. Names go into file names
 * (capped at 120 with the extension, lib/shared/file-names.ts), PDF headers and mail greetings;
 * a longer "name" is a pasted paragraph, not a name.
 */
export const NAME_MAX = 120;
