package dev.bedrockjdbc.scan;

/**
 * How many Gets a cursor keeps in flight ahead of its consumer: up to {@code concurrency}, but none for a row past
 * {@code until}, the rows the query can use (the statement's maxRows, the scan's LIMIT; 0 or less: unknown), until
 * the consumer asks for a row past it anyway (a filter above dropped some), when the window opens again. So
 * DBeaver's {@code setMaxRows(200)} on a details table costs 200 Gets, not 200 plus those in flight at the end.
 */
record GetWindow(int concurrency, long until) {
  /** Whether another Get may start, with {@code inFlight} started and {@code delivered} rows handed out. */
  boolean mayStart(int inFlight, long delivered) {
    return inFlight < concurrency && (until <= 0 || delivered >= until || delivered + inFlight < until);
  }
}
