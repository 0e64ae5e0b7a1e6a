// The files a customer sent, as their case lists them: the opening message's replace what the case
// listed when it was opened, a later message's are added; a retry lists nothing twice, and the list
// keeps the latest MAX_ATTACHMENT_RECORDS.
import { createCaseRequestSchema, MAX_ATTACHMENT_RECORDS, recordAttachments, type Case, type RecordedAttachment } from '../../../../shared/cases';
import { PLC_UNWANTED, testApp } from '../../../support/fakes';

const pdf = (n: number): RecordedAttachment => ({
  filename: `invoice-${n}.pdf`,
  contentType: 'application/pdf',
  size: 1000 + n,
  key: `attachments/case/${n}-invoice-${n}.pdf`,
});
const photo = (n: number): RecordedAttachment => ({ filename: `damage-${n}.jpg`, contentType: 'image/jpeg', size: 2000 + n, photo: 'stored' });

/** A case opened by email with two files, listed as they came (nothing known yet of what became of them). */
async function openedByEmail() {
  const { app, store } = testApp();
  const listed = [pdf(1), photo(2)].map(({ filename, contentType, size }) => ({ filename, contentType, size }));
  const result = await app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED), { channel: 'email', attachments: listed });
  if (result.kind === 'need_info') throw new Error('need_info');
  const rma = result.case.rma;
  return { store, rma, listed, get: async () => (await store.get(rma)) as Case };
}

describe('recordAttachments', () => {
  it('replace: the files of the opening message take the place of what the case listed, with what became of each', async () => {
    // Prepare
    const { store, rma, listed, get } = await openedByEmail();
    expect((await get()).attachments).toEqual(listed);
    // Act
    const recorded = await recordAttachments(store, rma, [pdf(1), photo(2)], { replace: true });
    // Assess
    expect(recorded.attachments).toEqual([pdf(1), photo(2)]);
    expect((await get()).attachments).toEqual([pdf(1), photo(2)]);
  });

  it('append: a later message’s files come after those listed, and the rest of the case is left as it was', async () => {
    // Prepare
    const { store, rma, get } = await openedByEmail();
    await recordAttachments(store, rma, [pdf(1), photo(2)], { replace: true });
    const before = await get();
    // Act
    await recordAttachments(store, rma, [photo(3)], { replace: false });
    // Assess
    const after = await get();
    expect(after.attachments).toEqual([pdf(1), photo(2), photo(3)]);
    expect({ ...after, attachments: before.attachments, version: before.version }).toEqual(before);
  });

  it('a retried call lists the same files once, appended or replaced', async () => {
    // Prepare
    const { store, rma, get } = await openedByEmail();
    await recordAttachments(store, rma, [pdf(1), photo(2)], { replace: true });
    // Act
    await recordAttachments(store, rma, [photo(3), pdf(4)], { replace: false });
    await recordAttachments(store, rma, [photo(3), pdf(4)], { replace: false });
    const appended = (await get()).attachments;
    await recordAttachments(store, rma, [pdf(1)], { replace: true });
    await recordAttachments(store, rma, [pdf(1)], { replace: true });
    // Assess
    expect(appended).toEqual([pdf(1), photo(2), photo(3), pdf(4)]);
    expect((await get()).attachments).toEqual([pdf(1)]);
  });

  it('keeps the latest MAX_ATTACHMENT_RECORDS files: the oldest go first', async () => {
    // Prepare
    const { store, rma, get } = await openedByEmail();
    const many = Array.from({ length: MAX_ATTACHMENT_RECORDS + 5 }, (_, n) => pdf(n));
    // Act
    await recordAttachments(store, rma, many.slice(0, MAX_ATTACHMENT_RECORDS - 1), { replace: true });
    await recordAttachments(store, rma, many.slice(MAX_ATTACHMENT_RECORDS - 1), { replace: false });
    const appended = (await get()).attachments;
    await recordAttachments(store, rma, many, { replace: true });
    // Assess
    expect(appended).toEqual(many.slice(-MAX_ATTACHMENT_RECORDS));
    expect((await get()).attachments).toEqual(many.slice(-MAX_ATTACHMENT_RECORDS));
  });
});
