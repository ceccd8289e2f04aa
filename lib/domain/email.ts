const EMAIL = /^[a-z0-9._%+'-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** One rule for an employee's address, whether typed in the form or imported from a sheet. */
export const isEmail = (s: string) => EMAIL.test(s);

/** Addresses are stored and compared in lower case: consent replies are matched by sender. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();
