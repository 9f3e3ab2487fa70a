import { TEST_SECRET } from './roundTrip'

// Imported first by the backup tests, before anything reads the configuration:
// the source CMS runs with the secret the restored one gets (production refuses
// the development secret, and API keys are stored encrypted with it).
process.env.PAYLOAD_SECRET = TEST_SECRET
