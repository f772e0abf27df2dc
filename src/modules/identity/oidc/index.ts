// Citizens' login with SPID/CIE through OpenID Connect. The identity module's index.ts re-exports
// what the rest of the system needs; nothing else reaches into this folder.
export { identityFromClaims, localPath, normalizeFiscalNumber, PERSON_FISCAL_CODE } from './claims.js';
export { citizenLoginMessages, withCitizenLoginMessages } from './messages.js';
export { registerCitizenLoginRoutes } from './routes.js';
export { type CitizenLoginSettings, citizenLoginSettings, configureCitizenLogin } from './settings.js';
