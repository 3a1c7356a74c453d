// An error in what the user gave (option, column, file): printed as one line, exit code 2.

export class UsageError extends Error {}
