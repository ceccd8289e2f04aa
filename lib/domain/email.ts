const EMAIL = /^[a-z0-9._%+'-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** One rule for an employee's address, whether typed in the form or imported from a sheet. */
export const isEmail = (s: string) => EMAIL.test(s);
