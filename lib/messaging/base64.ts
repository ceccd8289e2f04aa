// Attachments cross the message channel as base64 (messages are JSON); these two are the only
// encoder and decoder, kept apart from the PDF and DOM code so either side imports only this.

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one String.fromCharCode call with a whole PDF overflows the argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
