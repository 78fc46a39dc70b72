/** Input that passed its schema but is still unusable, such as a body the editor schema rejects. */
export class InvalidInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidInputError';
  }
}
