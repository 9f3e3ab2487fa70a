import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import nodemailer, { type Transporter } from 'nodemailer'
import type { EmailAdapter, SendEmailOptions } from 'payload'
import type { CmsEnv } from '@portal/shared/env'
import { ensurePrivateDir, PRIVATE_FILE_MODE } from './lib/privateFiles'
import { dataDir } from './paths'

/** Where and how the CMS sends mail. */
export interface MailSettings {
  /** Sender, as `Name <address>` or a bare address. */
  from: string
  /** The SMTP server; without one, mails are written to `mailDir`. */
  smtp?: { host: string; port: number; secure: boolean; user?: string; pass?: string }
  mailDir: string
}

/** Mail settings from the CMS's environment (SMTP_*, MAIL_FROM, MAIL_DIR). */
export function mailSettings(env: CmsEnv): MailSettings {
  return {
    from: env.MAIL_FROM,
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          user: env.SMTP_USER,
          pass: env.SMTP_PASS,
        }
      : undefined,
    mailDir: env.MAIL_DIR ? path.resolve(env.MAIL_DIR) : path.join(dataDir, 'mail'),
  }
}

/** Splits `Name <address>` into its parts; a bare address has no name. */
export function parseSender(from: string): { name: string; address: string } {
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(from)
  if (match) return { name: match[1]?.trim() ?? '', address: match[2]?.trim() ?? '' }
  return { name: '', address: from.trim() }
}

/** A file name for a mail: when it was written, and a part of its id. */
function mailFileName(messageId: string | undefined): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const local = (messageId ?? '').replace(/^<|@.*$/g, '') || Math.random().toString(36).slice(2)
  const id = local.replace(/[^\w.-]+/g, '').slice(0, 40)
  return `${stamp}-${id}.eml`
}

/**
 * Payload's mail adapter, on nodemailer: through the SMTP server when one is
 * configured, otherwise each mail is written as an `.eml` file (open it with
 * any mail program) and one log line says where: for development and demos.
 */
export function mailAdapter(settings: MailSettings): EmailAdapter {
  const sender = parseSender(settings.from)
  return ({ payload }) => {
    const smtp = settings.smtp
    const transport: Transporter = smtp
      ? nodemailer.createTransport({
          host: smtp.host,
          port: smtp.port,
          secure: smtp.secure,
          auth: smtp.user ? { user: smtp.user, pass: smtp.pass ?? '' } : undefined,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })

    return {
      name: smtp ? 'smtp' : 'eml-files',
      defaultFromAddress: sender.address,
      defaultFromName: sender.name,
      sendEmail: async (message: SendEmailOptions) => {
        const from = message.from ?? (sender.name ? sender : sender.address)
        const info = await transport.sendMail({ ...message, from })
        if (smtp) return info
        // Mails carry inquirers' names and messages: owner-only, like the database.
        ensurePrivateDir(settings.mailDir, { tighten: true })
        const file = path.join(settings.mailDir, mailFileName(info.messageId))
        await writeFile(file, info.message as Buffer, { mode: PRIVATE_FILE_MODE })
        payload.logger.info(`[mail] no SMTP server configured: mail written to ${file}`)
        return info
      },
    }
  }
}
