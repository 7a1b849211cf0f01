/**
 * The daily digest: for each subscriber, the flagged cases and saved-search hits that are new for them, one item
 * per case, mailed once as HTML plus plain text.
 *
 * <p>Flow: {@link org.tenderwatch.digest.Subscribers} (SQL, plus {@code config/subscribers.yaml}) say who follows
 * what; {@link org.tenderwatch.digest.PendingItems} finds the (case, reason) pairs a subscriber has not been sent;
 * {@link org.tenderwatch.digest.DigestRenderer} (pure) turns them into subject, text and HTML;
 * a {@link org.tenderwatch.digest.Mailer} sends over SMTP or writes an {@code .eml} file to the outbox;
 * {@link org.tenderwatch.digest.DigestLog} records what was sent, which makes a re-run send nothing twice and a
 * failed send leave every item pending for the next attempt. {@link org.tenderwatch.digest.DigestRunner} ties them
 * together; {@link org.tenderwatch.digest.DigestScheduler} puts it on a Quartz schedule.
 */
package org.tenderwatch.digest;
