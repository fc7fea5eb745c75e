# syntax=docker/dockerfile:1
# Multi-stage build of the Bronbank service. Configuration comes from the environment, e.g.
#   ConnectionStrings__Bronbank="Host=db;Username=bronbank;Password=...;Database=bronbank"
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# npm fetches the NL Design System CSS and htmx during the build.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY NuGet.config Directory.Build.props Directory.Packages.props global.json Bronbank.sln ./
COPY src/ src/
# Build first so the copied front-end files exist when publish collects wwwroot.
RUN dotnet build src/Bronbank.Web/Bronbank.Web.csproj -c Release \
 && dotnet publish src/Bronbank.Web/Bronbank.Web.csproj -c Release --no-build -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The search index is local, derived data: keep it on a volume so a restart need not rebuild it.
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Bronbank__Index__Path=/var/lib/bronbank/index \
    DOTNET_gcServer=0
RUN mkdir -p /var/lib/bronbank/index && chown -R app:app /var/lib/bronbank
VOLUME ["/var/lib/bronbank/index"]
USER app
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["dotnet", "Bronbank.Web.dll", "--health-probe", "http://127.0.0.1:8080/health/ready"]
ENTRYPOINT ["dotnet", "Bronbank.Web.dll"]
