// cognito-local 5.3.0 plus the three user-facing behaviours of Cognito the shop relies on and the
// emulator lacks, each written to answer as real Cognito does:
//   - GlobalSignOut: signs the user out everywhere; every refresh token they hold stops working.
//   - ResendConfirmationCode: a new sign-up code, printed like every other code.
//   - ConfirmSignUp marks the e-mail verified when the pool auto-verifies e-mail (cognito-local
//     confirms the user but leaves email_verified unset, so no order could find a verified e-mail).
// Everything else is cognito-local's own server, started as its bin/start.js does (see the end). The
// emulator looks its operations up in this Targets table on every request, so adding entries here is
// enough; the version is pinned in package.json, so the internal paths below cannot move under us.
const { createPublicKey } = require('node:crypto');
const jwt = require('jsonwebtoken');
const { Targets } = require('cognito-local/lib/targets/targets');
const errors = require('cognito-local/lib/errors');
const { attributeValue } = require('cognito-local/lib/services/userPoolService');
const publicKey = createPublicKey({ key: require('cognito-local/lib/keys/cognitoLocal.public.json').jwk, format: 'jwk' });

Targets.GlobalSignOut = ({ cognito, clock }) => async (ctx, req) => {
  const token = verifiedAccessToken(req.AccessToken);
  const userPool = await cognito.getUserPoolForClientId(ctx, token.client_id);
  const user = await userPool.getUserByUsername(ctx, token.sub);
  if (!user) {
    throw new errors.NotAuthorizedError('Access Token has been revoked');
  }
  await userPool.saveUser(ctx, { ...user, RefreshTokens: [], UserLastModifiedDate: clock.get() });
  return {};
};

Targets.ResendConfirmationCode = ({ cognito, clock, messages, otp }) => async (ctx, req) => {
  const userPool = await cognito.getUserPoolForClientId(ctx, req.ClientId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) {
    throw new errors.UserNotFoundError('Username/client id combination not found.');
  }
  if (user.UserStatus !== 'UNCONFIRMED') {
    throw new errors.InvalidParameterError('User is already confirmed.');
  }
  const deliveryDetails = { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: attributeValue('email', user.Attributes) };
  const code = otp();
  await messages.deliver(ctx, 'ResendCode', req.ClientId, userPool.options.Id, user, code, req.ClientMetadata, deliveryDetails);
  await userPool.saveUser(ctx, { ...user, ConfirmationCode: code, UserLastModifiedDate: clock.get() });
  return { CodeDeliveryDetails: deliveryDetails };
};

const confirmSignUp = Targets.ConfirmSignUp;
Targets.ConfirmSignUp = (services) => {
  const confirm = confirmSignUp(services);
  return async (ctx, req) => {
    const result = await confirm(ctx, req);
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    if ((userPool.options.AutoVerifiedAttributes ?? []).includes('email')) {
      const user = await userPool.getUserByUsername(ctx, req.Username);
      const others = user.Attributes.filter((a) => a.Name !== 'email_verified');
      await userPool.saveUser(ctx, { ...user, Attributes: [...others, { Name: 'email_verified', Value: 'true' }] });
    }
    return result;
  };
};

function verifiedAccessToken(accessToken) {
  try {
    const token = jwt.verify(accessToken ?? '', publicKey, { algorithms: ['RS256'] });
    if (token.token_use === 'access') {
      return token;
    }
  } catch {
    // An expired, forged or malformed token is refused below, as Cognito refuses it.
  }
  throw new errors.NotAuthorizedError('Invalid Access Token');
}

// As cognito-local's bin/start.js, but each log line formatted and written at once. Its pino-pretty
// transport stream could hold a line back until the next one came (seen under bursts of requests),
// leaving a confirmation code unprinted while a developer or a test waits for it. No colours: the
// output goes to a log file.
const pretty = require('pino-pretty').prettyFactory({
  colorize: false,
  ignore: 'pid,name,hostname',
  singleLine: true,
  messageFormat: (log, messageKey) => `${log.reqId ?? 'NONE'} ${log.target ?? 'NONE'} ${log[messageKey]}`,
});
const logger = require('pino')({ level: process.env.DEBUG ? 'debug' : 'info' }, { write: (line) => process.stdout.write(pretty(line)) });
require('cognito-local/lib/server').createDefaultServer(logger)
  .then((server) => server.start())
  .then((server) => {
    const address = server.address();
    logger.info(`Cognito Local running on http://${address.address}:${address.port}`);
  })
  .catch((error) => {
    logger.error(error);
    process.exit(1);
  });
