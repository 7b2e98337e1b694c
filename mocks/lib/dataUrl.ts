/**
 * Files live in the mock's database as data: URLs, so the console can show and fetch them with no file
 * server, in the browser worker and the HTTP server alike. btoa, not Buffer: the handlers run in browsers.
 */
export function toDataUrl(bytes: Uint8Array, contentType: string): string {
  let binary = '';
  // In slices: spreading megabytes into one String.fromCharCode call overflows the stack.
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return `data:${contentType};base64,${btoa(binary)}`;
}
