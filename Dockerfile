# syntax=docker/dockerfile:1
# Scenario Workbench: built with the Maven wrapper on a JDK 25, run on a JRE 25 as a non-root user.
#   docker build -t scenario-workbench .
# Runs with the postgres profile: see docker-compose.yml and docs/deploy.md for the variables.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY domain/ domain/
COPY importers/ importers/
COPY web-ui/ web-ui/
# Tests run in CI (.ci/run), not here. The cache mount keeps downloaded dependencies between builds.
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package

FROM eclipse-temurin:25-jre
# curl for the health check, a CJK font for the Chinese PDF reports; the app itself needs nothing but the JRE.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl fonts-droid-fallback \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system workbench \
    && useradd --system --gid workbench --home-dir /app --shell /usr/sbin/nologin workbench \
    && mkdir -p /app/data \
    && chown workbench:workbench /app/data
WORKDIR /app
COPY --from=build /src/web-ui/target/scenario-workbench.jar /app/app.jar
USER workbench
ENV SPRING_PROFILES_ACTIVE=postgres \
    PORT=8080 \
    WORKBENCH_DATA_DIR=/app/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" >/dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
