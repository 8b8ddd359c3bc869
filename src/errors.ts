/** Every error the project raises carries one of these codes, so callers branch on codes, not messages. */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  FORBIDDEN = 'FORBIDDEN',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  NOT_FOUND = 'NOT_FOUND',
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  QUERY_TOO_COSTLY = 'QUERY_TOO_COSTLY',
  TIMEOUT = 'TIMEOUT',
  /** Too many requests for one API key, at once or per minute (HTTP 429 with Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  CONFIG_INVALID = 'CONFIG_INVALID',
  FILE_UNREADABLE = 'FILE_UNREADABLE',
  NOT_A_PDF = 'NOT_A_PDF',
  PDF_CORRUPT = 'PDF_CORRUPT',
  PDF_ENCRYPTED = 'PDF_ENCRYPTED',
  PDF_NO_TEXT = 'PDF_NO_TEXT',
  OCR_UNAVAILABLE = 'OCR_UNAVAILABLE',
  OCR_FAILED = 'OCR_FAILED',
  PDF_TOO_LARGE = 'PDF_TOO_LARGE',
  PDF_TOO_MANY_PAGES = 'PDF_TOO_MANY_PAGES',
  PROCESSING_TIMEOUT = 'PROCESSING_TIMEOUT',
  /** The graph refused a document's facts (not an outage): recorded on that document alone. */
  WRITE_FAILED = 'WRITE_FAILED',
  INTERNAL = 'INTERNAL',
}

/** An error with a stable code and a message fit to show a user (no stack, no internals). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** Thrown from the default branch of an exhaustive switch; the `never` parameter makes a missed case a compile error. */
export class UnreachableCaseError extends Error {
  constructor(value: never) {
    super(`Unreachable case: ${JSON.stringify(value)}`);
    this.name = 'UnreachableCaseError';
  }
}
