/** The reply sentence the employee is asked to write: printed in the IKU, asked for in the request mail, recognised by the capture. */
export const consentSentence = (version: number) => `Jeg godkender min IKU version ${version}.`;
