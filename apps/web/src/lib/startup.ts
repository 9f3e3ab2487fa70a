import { startInquiryServices } from './inquiries/services'

/**
 * What runs when the portal's server starts, before it answers anyone: the
 * environment is validated (importing the services evaluates `lib/env.ts`,
 * which throws an `EnvError` naming each bad variable), client addresses are
 * made trustworthy, and the inquiry outbox starts delivering what a previous
 * run left behind.
 *
 * The build imports this module at the top of the server entry (see
 * `astro.config.ts`), so it runs however the server is started; the
 * middleware imports it too, for `astro dev`.
 */
startInquiryServices()
