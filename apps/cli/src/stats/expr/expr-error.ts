// The error every stage of the expression language throws: a message and a 1-based position.

export class ExprError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}
