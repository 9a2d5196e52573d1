// cognito-local 5.3.0 plus the behaviours of Cognito the shop relies on and the emulator lacks,
// each written to answer as real Cognito does:
//   - GlobalSignOut: signs the user out everywhere; every refresh token they hold stops working.
//   - AdminUserGlobalSignOut: the same, done by staff for any user (the back office's "disable").
//   - ResendConfirmationCode: a new sign-up code, printed like every other code.
//   - ConfirmSignUp marks the e-mail verified when the pool auto-verifies e-mail (cognito-local
//     confirms the user but leaves email_verified unset, so no order could find a verified e-mail).
//   - InitiateAuth refuses a disabled user (AdminDisableUser), with password or refresh token, as
//     Cognito does: NotAuthorizedException "User is disabled." (cognito-local signs them in).
//   - ListUsers pages: at most Limit users (1 to 60, default 60) and a PaginationToken for the rest
//     (cognito-local ignores both and answers every matching user at once).
// Everything else is cognito-local's own server, started as its bin/start.js does (see the end). The
// emulator looks its operations up in this Targets table on every request, so adding entries here is
// enough; the version is pinned in package.json, so the internal paths below cannot move under us.
const { createPublicKey } = require('node:crypto');
const jwt = require('jsonwebtoken');
const { Targets } = require('cognito-local/lib/targets/targets');
const errors = require('cognito-local/lib/errors');
const { attributeValue } = require('cognito-local/lib/services/userPoolService');
const { userToResponseObject } = require('cognito-local/lib/targets/responses');
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

Targets.AdminUserGlobalSignOut = ({ cognito, clock }) => async (ctx, req) => {
  const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
  const user = await userPool.getUserByUsername(ctx, req.Username);
  if (!user) {
    throw new errors.UserNotFoundError('User does not exist.');
  }
  await userPool.saveUser(ctx, { ...user, RefreshTokens: [], UserLastModifiedDate: clock.get() });
  return {};
};

const initiateAuth = Targets.InitiateAuth;
Targets.InitiateAuth = (services) => {
  const signIn = initiateAuth(services);
  return async (ctx, req) => {
    const userPool = await services.cognito.getUserPoolForClientId(ctx, req.ClientId);
    const parameters = req.AuthParameters ?? {};
    const user = req.AuthFlow === 'USER_PASSWORD_AUTH' && parameters.USERNAME
      ? await userPool.getUserByUsername(ctx, parameters.USERNAME)
      : (req.AuthFlow === 'REFRESH_TOKEN_AUTH' || req.AuthFlow === 'REFRESH_TOKEN') && parameters.REFRESH_TOKEN
        ? await userPool.getUserByRefreshToken(ctx, parameters.REFRESH_TOKEN)
        : null;
    if (user && user.Enabled === false) {
      throw new errors.NotAuthorizedError('User is disabled.');
    }
    return signIn(ctx, req);
  };
};

const MaxUsersPerPage = 60;
Targets.ListUsers = ({ cognito }) => async (ctx, req) => {
  const limit = req.Limit ?? MaxUsersPerPage;
  if (!Number.isInteger(limit) || limit < 1 || limit > MaxUsersPerPage) {
    throw new errors.InvalidParameterError(`1 validation error detected: Value '${req.Limit}' at 'limit' failed to satisfy constraint: Member must have value between 1 and ${MaxUsersPerPage}`);
  }
  const userPool = await cognito.getUserPool(ctx, req.UserPoolId);
  // Sorted by username, so a page token (the last username handed out) means the same on every call.
  const users = (await userPool.listUsers(ctx, req.Filter)).sort((a, b) => (a.Username < b.Username ? -1 : a.Username > b.Username ? 1 : 0));
  let start = 0;
  if (req.PaginationToken) {
    const after = Buffer.from(String(req.PaginationToken), 'base64url').toString('utf8');
    if (!after) {
      throw new errors.InvalidParameterError('Invalid pagination token');
    }
    start = users.findIndex((u) => u.Username > after);
    start = start < 0 ? users.length : start;
  }
  const page = users.slice(start, start + limit);
  const more = start + limit < users.length;
  return {
    Users: page.map(userToResponseObject),
    PaginationToken: more ? Buffer.from(page[page.length - 1].Username, 'utf8').toString('base64url') : undefined,
  };
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
