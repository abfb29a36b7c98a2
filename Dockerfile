# The newsroom's production image, in two targets built from one file:
#   app    (default) Next.js standalone server: `node server.js`, admin + REST + GraphQL + view routes
#   tools  the TypeScript sources with production dependencies: the one-shot migrate step, the jobs
#          worker and the view collector (docker-compose.yml runs each as its own service)
# Both run as the unprivileged `node` user. Build: `docker build -t newsroom .` and
# `docker build --target tools -t newsroom-tools .`; README "Running in production".
ARG NODE_IMAGE=node:20-bookworm-slim

# Every dependency, for the build.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# The workspaces (the plugin and schema packages) are linked by npm ci: their manifests first.
COPY plugins/newsroom/package.json ./plugins/newsroom/
COPY collections/package.json ./collections/
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# The build loads the Payload config, which wants a secret and a database address; it connects to
# neither. Placeholders, never used at run time.
# The site's page cache is set when the app is built (next.config.ts; README "Frontend"): memory only
# by default, as the image's files are read-only. `--build-arg NEWSROOM_SITE_CACHE_MB=256` for a bigger one.
ARG NEWSROOM_SITE_CACHE_MB
ARG NEWSROOM_SITE_CACHE_DISK
RUN PAYLOAD_SECRET=build-time-placeholder DATABASE_URI=postgres://build:build@127.0.0.1:1/build npm run build

# Production dependencies only (payload brings tsx, which its CLI needs for migrate).
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY plugins/newsroom/package.json ./plugins/newsroom/
COPY collections/package.json ./collections/
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS tools
WORKDIR /app
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS="--no-deprecation --conditions=production"
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY collections ./collections
COPY plugins ./plugins
COPY scripts ./scripts
COPY --from=build /app/src ./src
# scripts/run-bundled.mjs writes its bundle to .build: the one directory the user may write.
RUN mkdir .build && chown node:node .build
USER node
# The collector answers GET /health on its port; the worker and migrate have no port.
CMD ["node", "scripts/run-bundled.mjs", "scripts/jobs/worker.ts"]

FROM ${NODE_IMAGE} AS app
WORKDIR /app
# NEXT_MANUAL_SIG_HANDLE: SIGTERM is ours (drain requests, write buffered views: src/lib/shutdown/drain.ts).
# NEWSROOM_MIGRATE_ON_START=off: the migrate step applies migrations once; instances wait for readiness.
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    NODE_OPTIONS="--no-deprecation --conditions=production" \
    NEXT_MANUAL_SIG_HANDLE=true \
    NEWSROOM_MIGRATE_ON_START=off \
    HOSTNAME=0.0.0.0 \
    PORT=3000
# The traced server and its node_modules, the client assets beside it; read-only for the user.
COPY --from=build /app/.next/standalone ./
COPY --from=build /app/.next/static ./.next/static
USER node
EXPOSE 3000
# Liveness only (no database): a database outage must not get every instance restarted.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.js"]
