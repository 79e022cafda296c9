# syntax=docker/dockerfile:1

# Build: compile TypeScript (src, migrations, scripts) into dist/, with the embedded database template.
# Node 24: the current LTS, accepted by every dependency (package.json engines: ^20.19 || >=22.12).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The sources are not there yet: `prepare` (the build) runs below, explicitly.
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
COPY packages ./packages
COPY web ./web
RUN npm run build

# Runtime: production dependencies and the compiled code only.
FROM node:24-bookworm-slim AS runtime
# glibc's allocator settings the memory figures were measured with (why: src/memory-settings.ts). The server sets
# them itself on this Node (24), with its V8 options; set here, they also hold for every other command (the CLI).
ENV NODE_ENV=production \
    PORT=3000 \
    DATA_DIR=/app/data \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=262144
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist ./dist
# The demo knowledge base (npm run seed:demo imports it), as a Markdown folder.
COPY content ./content
# Only used without DATABASE_URL (embedded database); mount a volume there to keep it.
# /run/savoir: the compose file's meili-key volume (a new named volume takes this directory's owner).
RUN mkdir -p /app/data /run/savoir && chown node:node /app/data /run/savoir
USER node
EXPOSE 3000
# Readiness: the database answers (the search engine's state is in the body; its outage is survivable).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node is PID 1 without a shell, so SIGTERM reaches it and the graceful shutdown runs. The V8 options are those
# src/memory-settings.ts gives Node 24: given here (with the ENV above), the server has nothing to restart itself for.
CMD ["node", "--max-semi-space-size=8", "--liftoff-only", "dist/src/main.js"]
