# The four images of Entente, from one build of the reactor: docker build --target command-service . (or
# query-service, notifier, web); docker-compose.yml builds each this way. The build stage copies every module of the root
# pom.xml (DockerfileTest fails when one is missing, or when a copied path does not exist).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY shared-events shared-events
COPY calendar calendar
COPY ledger ledger
COPY leash leash
COPY devstack devstack
COPY platform platform
COPY command-service command-service
COPY query-service query-service
COPY notifier notifier
COPY web web
# The CLI is no image: only its pom.xml, for the reactor to read.
COPY cli/pom.xml cli/pom.xml
RUN ./mvnw -B -q -pl command-service,query-service,notifier,web -am -DskipTests package

FROM eclipse-temurin:17-jre AS runtime
RUN useradd --system --uid 10001 entente
USER entente
WORKDIR /app
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]

FROM runtime AS command-service
COPY --from=build /src/command-service/target/command-service.jar app.jar
EXPOSE 8081

FROM runtime AS query-service
COPY --from=build /src/query-service/target/query-service.jar app.jar
EXPOSE 8082

FROM runtime AS notifier
COPY --from=build /src/notifier/target/notifier.jar app.jar
EXPOSE 8083

FROM runtime AS web
COPY --from=build /src/web/target/web.jar app.jar
# The development sign-in lists the people of the seed scenarios; with ENTENTE_OIDC_ISSUER set it is never offered.
COPY seeds /app/seeds
ENV ENTENTE_SEEDS=/app/seeds
EXPOSE 8080
