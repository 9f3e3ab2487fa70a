import type { Payload, SendEmailOptions } from 'payload'

const pending = new Set<Promise<void>>()

/**
 * Sends a mail in the background, so that a slow mail server never holds up
 * the request that caused it. A failure is logged, never swallowed.
 */
export function sendInBackground(payload: Payload, message: SendEmailOptions, what: string): void {
  const delivery = Promise.resolve()
    .then(() => payload.sendEmail(message))
    .then(
      () => undefined,
      (error: unknown) => {
        payload.logger.error({ err: error, msg: `[mail] could not send ${what}` })
      },
    )
  pending.add(delivery)
  void delivery.finally(() => pending.delete(delivery))
}

/** Resolves when every mail sent in the background so far has been delivered or has failed. */
export async function mailSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending])
}
