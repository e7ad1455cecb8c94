import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  // WeDraw's own plugins (plugins/*), built to dist/ by `npm run build:plugins`.
  points: { enabled: true, resolve: '../plugins/points' },
  wechat: { enabled: true, resolve: '../plugins/wechat' },
  'users-permissions': {
    config: {
      // Plain JWTs: what the H5 keeps in a cookie and the mini program in storage (stack-notes §5).
      jwtManagement: 'legacy-support',
      jwtSecret: env('JWT_SECRET', 'wedraw-dev-jwt-secret'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
      register: { allowedFields: [] },
    },
  },
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      depthLimit: 7,
      defaultLimit: 20,
      maxLimit: 100,
      landingPage: env('NODE_ENV') !== 'production',
      apolloServer: { introspection: env('NODE_ENV') !== 'production' },
    },
  },
});

export default config;
