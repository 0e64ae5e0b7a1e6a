// The photo settings each function reads from its environment, refused clearly when wrong.
import { readChatEnv, readInboundEnv, readPagesEnv, readPhotosEnv } from '../../../functions/env';

describe('photo settings from the environment', () => {
  it('the photo functions need their bucket', () => {
    expect(readPhotosEnv({ PHOTOS_BUCKET: 'rma-photos' })).toEqual({ bucket: 'rma-photos' });
    expect(() => readPhotosEnv({})).toThrow('PHOTOS_BUCKET');
  });

  it('the pages take the upload origin as an origin only, and refuse anything else', () => {
    expect(readPagesEnv({ PHOTO_UPLOAD_ORIGIN: 'https://b.s3.eu-west-1.amazonaws.com/' })).toEqual({
      photoUploadOrigin: 'https://b.s3.eu-west-1.amazonaws.com',
    });
    expect(readPagesEnv({})).toEqual({});
    expect(() => readPagesEnv({ PHOTO_UPLOAD_ORIGIN: "javascript:alert('x')" })).toThrow('PHOTO_UPLOAD_ORIGIN');
  });

  it('the inbound mail function puts attached photos into the photos bucket', () => {
    expect(readInboundEnv({ INBOX_BUCKET: 'inbox', PHOTOS_BUCKET: 'rma-photos' }).photosBucket).toBe('rma-photos');
    expect(() => readInboundEnv({ INBOX_BUCKET: 'inbox' })).toThrow('PHOTOS_BUCKET');
  });

  it('the pages take the staff sign-in (Cognito domain and client) as JSON, refusing anything else', () => {
    const ok = readPagesEnv({ STAFF_SIGN_IN: JSON.stringify({ domain: 'https://desk.auth.eu-west-1.amazoncognito.com', clientId: 'abc123' }) });
    expect(ok.staffSignIn).toEqual({ mode: 'cognito', domain: 'https://desk.auth.eu-west-1.amazoncognito.com', clientId: 'abc123' });
    expect(() => readPagesEnv({ STAFF_SIGN_IN: 'nope' })).toThrow('STAFF_SIGN_IN: not JSON');
    expect(() => readPagesEnv({ STAFF_SIGN_IN: JSON.stringify({ domain: 'http://insecure.example', clientId: 'x' }) })).toThrow('STAFF_SIGN_IN');
  });
});

describe('chat settings from the environment', () => {
  it('the chat functions read the secret ARNs, the session token the secrets extension asks for, and its port', () => {
    // Prepare
    const env = { BOT_SECRET_ARN: 'arn:bot', AWS_SESSION_TOKEN: 'token', PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '2773' };
    // Act / Assess
    expect(readChatEnv(env)).toEqual({ botSecretArn: 'arn:bot', sessionToken: 'token', secretsPort: 2773 });
    expect(readChatEnv({ DIRECT_LINE_SECRET_ARN: 'arn:dl', PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: 'x' })).toEqual({ directLineSecretArn: 'arn:dl' });
    expect(readChatEnv({ PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: '70000' })).toEqual({});
  });
});
