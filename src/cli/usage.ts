/** A mistake on the command line that commander's own checks cannot see (e.g. two options that exclude each other). */
export class UsageError extends Error {}

/** A file or folder named on the command line that is not there or cannot be read. */
export class InputPathError extends Error {}
