// The email channel over fakes: in-memory case store, mail log and attachments, a recording mailer.
import { createHash } from 'node:crypto';
import { InMemoryAttachments } from '../../shared/adapters/memory/in-memory-attachments';
import { InMemoryMailLog } from '../../shared/adapters/memory/in-memory-mail-log';
import { InMemoryPhotoStore } from '../../shared/adapters/memory/in-memory-photo-store';
import { makeHandleInboundMail } from '../../shared/email/inbound';
import { makeAcceptChannelPhoto } from '../../shared/photos/use-cases';
import type { MailLimits } from '../../shared/cases';
import { FixedClock, testApp } from './fakes';

export function inboundApp(today = '2026-11-22', mailLimits?: MailLimits) {
  const t = testApp({ clock: new FixedClock(`${today}T09:00:00.000Z`), ...(mailLimits ? { mailLimits } : {}) });
  const mailLog = new InMemoryMailLog();
  const attachments = new InMemoryAttachments();
  const photos = new InMemoryPhotoStore();
  const handle = makeHandleInboundMail({
    store: t.store,
    mailer: t.mailer,
    mailQuota: t.mailQuota,
    clock: t.clock,
    ids: t.ids,
    policies: t.app.policies,
    publicBaseUrl: 'https://returns.example.com',
    mailLog,
    attachments,
    acceptPhoto: makeAcceptChannelPhoto({ store: t.store, photos, ids: t.ids }),
    policyFor: (address) => /^([a-z0-9-]+)@rma\.localhost$/.exec(address)?.[1],
    ownDomains: ['rma.localhost'],
    hash: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  });
  return { ...t, mailLog, attachments, photos, handle };
}
