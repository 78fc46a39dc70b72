/** A call this host cannot serve, such as a folder picker in the browser harness, which has no dialogs. */
export class UnavailableError extends Error {
  override name = 'UnavailableError';
}
