# One image for the Node services; APP selects which one runs (graphql | planner | portal).
FROM node:20-bookworm-slim AS build
ARG APP=graphql
WORKDIR /repo
RUN npm install -g pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile && pnpm exec turbo run build --filter=@liftgraph/${APP}...

FROM node:20-bookworm-slim
ARG APP=graphql
ENV APP=${APP} NODE_ENV=production
WORKDIR /repo
COPY --from=build /repo /repo
WORKDIR /repo/apps/${APP}
CMD ["sh", "-c", "if [ \"$APP\" = portal ]; then node dist/server/main.js -p ${PORTAL_PORT:-3000} -H 0.0.0.0; else node dist/main.js; fi"]
