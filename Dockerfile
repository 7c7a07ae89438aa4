# The server, built from this repository: `docker compose up` runs it with Neo4j (compose.yaml).
# Debian bookworm: the embedded store's prebuilt binary (kuzu) needs glibc 2.36.
FROM node:20.20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY test ./test
COPY bench ./bench
COPY eval ./eval
# npm ci compiles (the prepare script), then the dev tools are dropped.
RUN npm ci && npm prune --omit=dev && npm cache clean --force

FROM node:20.20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    KG_DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY cypher ./cypher
COPY seed ./seed
# The explorer's and the review desk's browser scripts and styles are served from the source folders as they are.
COPY src/server/explorer/*.js src/server/explorer/*.css ./src/server/explorer/
COPY src/server/review/*.js src/server/review/*.css ./src/server/review/
RUN mkdir /data && chown 1000:1000 /data
# The image's unprivileged "node" user.
USER 1000:1000
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "bin/kg.js", "serve"]
