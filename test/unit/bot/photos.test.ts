// Photos in the chat, apart from the bot SDK: fetched, then into the case or held until it exists.
import sharp from 'sharp';
import { newChat } from '../../../bot/conversation';
import { attachPendingPhotos, receivePhotos, type ChatPhotos } from '../../../bot/photos';
import { PROMPTS } from '../../../bot/prompts';
import { InMemoryPhotoStore } from '../../../shared/adapters/memory/in-memory-photo-store';
import { createCaseRequestSchema } from '../../../shared/cases';
import { makeAcceptChannelPhoto, makeAttachStagedPhotos, makeStagePhoto } from '../../../shared/photos/use-cases';
import { PLC_UNWANTED, testApp } from '../../support/fakes';

async function setup(files: Record<string, Uint8Array>) {
  const t = testApp();
  const store = new InMemoryPhotoStore();
  const deps = { store: t.store, photos: store, ids: t.ids };
  const photos: ChatPhotos = {
    fetch: async (url) => files[url],
    accept: makeAcceptChannelPhoto(deps),
    stage: makeStagePhoto(deps),
    attachStaged: makeAttachStagedPhotos(deps),
  };
  const created = await t.app.createCase(createCaseRequestSchema.parse(PLC_UNWANTED));
  if (created.kind === 'need_info') throw new Error('need_info');
  return { ...t, store, photos, rma: created.case.rma, token: new URL(created.statusUrl).searchParams.get('token') as string };
}

const jpeg = async () =>
  new Uint8Array(
    await sharp({ create: { width: 40, height: 30, channels: 3, background: '#363' } })
      .jpeg()
      .toBuffer(),
  );
const source = { conversation: 'conv-1', activity: 'act-1' };
const uploads = (s: InMemoryPhotoStore, prefix: string) => [...s.objects.keys()].filter((k) => k.startsWith(prefix));

describe('photos sent in the chat', () => {
  it('before the case: staged and said so; once the case exists: moved into its uploads', async () => {
    // Prepare
    const { photos, store, rma } = await setup({ 'https://chat/a': await jpeg() });
    const state = newChat('plc-technologies');
    // Act
    const first = await receivePhotos(state, [{ contentUrl: 'https://chat/a', contentType: 'image/jpeg' }], photos, source);
    const staged = uploads(store, 'staged/');
    state.rma = rma;
    const attached = await attachPendingPhotos(state, photos);
    // Assess
    expect(first).toEqual([{ text: PROMPTS.photos.kept(1) }]);
    expect(staged).toHaveLength(1);
    expect(attached).toEqual([{ text: PROMPTS.photos.attached(1, rma) }]);
    expect(uploads(store, 'staged/')).toEqual([]);
    expect(uploads(store, `uploads/${rma}/`)).toHaveLength(1);
    expect(state.pendingPhotos).toEqual([]);
  });

  it('with a case: straight into its uploads; the same activity again writes the same object', async () => {
    // Prepare
    const { photos, store, rma } = await setup({ 'https://chat/a': await jpeg() });
    const state = { ...newChat('plc-technologies'), rma };
    // Act
    const replies = await receivePhotos(state, [{ contentUrl: 'https://chat/a' }], photos, source);
    await receivePhotos(state, [{ contentUrl: 'https://chat/a' }], photos, source);
    // Assess
    expect(replies).toEqual([{ text: PROMPTS.photos.added(1, rma) }]);
    expect(uploads(store, `uploads/${rma}/`)).toHaveLength(1);
  });

  it('says what it could not take: not a photo, not downloadable, too many', async () => {
    // Prepare
    const {
      photos,
      rma,
      store: photoStore,
      store: _s,
    } = await setup({ 'https://chat/text': new TextEncoder().encode('not a photo'), 'https://chat/a': await jpeg() });
    const state = newChat('plc-technologies');
    state.pendingPhotos = Array.from({ length: 10 }, (_, i) => `staged/x/${i}`);
    // Act
    const replies = await receivePhotos(
      state,
      [{ contentUrl: 'https://chat/text' }, { contentUrl: 'https://chat/gone' }, { contentUrl: 'https://chat/a' }, { name: 'no url' }],
      photos,
      source,
    );
    // Assess
    expect(replies.map((r) => r.text)).toEqual([PROMPTS.photos.full, PROMPTS.photos.notPhoto, PROMPTS.photos.notFetched]);
    expect(uploads(photoStore, `uploads/${rma}/`)).toEqual([]);
  });

  it('a return that has ended takes no more photos, and the chat says so', async () => {
    // Prepare: the customer cancelled the case the conversation made
    const { photos, store, rma, app, token } = await setup({ 'https://chat/a': await jpeg() });
    await app.customerCancel(rma, token);
    const state = { ...newChat('plc-technologies'), rma };
    // Act
    const replies = await receivePhotos(state, [{ contentUrl: 'https://chat/a' }], photos, source);
    // Assess
    expect(replies).toEqual([{ text: PROMPTS.photos.closed(rma) }]);
    expect(uploads(store, `uploads/${rma}/`)).toEqual([]);
  });
});
