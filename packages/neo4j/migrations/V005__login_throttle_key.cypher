// Sign-in rate limiting (apps/graphql/src/auth/login-throttle.ts) keeps one LoginThrottle node per
// (client address, e-mail) hash; the constraint makes concurrent MERGEs from several replicas meet on one node.
CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE;
