using System.Diagnostics;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Diagnostics;
using QuantumDsl.Emulator.Auth;
using QuantumDsl.Emulator.Execution;
using QuantumDsl.Emulator.Http;
using QuantumDsl.Emulator.Oqtant;
using QuantumDsl.Emulator.Pasqal;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Hosting;

/// <summary>Builds the emulator's web application: services, authentication, both surfaces and the error dialects.</summary>
internal static class EmulatorHost
{
    public static WebApplication Build(EmulatorOptions options, string databasePath)
    {
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException("invalid emulator options: " + string.Join("; ", problems), nameof(options));
        }

        foreach (var url in options.Urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.IsLoopback || uri.Host == "localhost"))
            {
                throw new ArgumentException($"URL '{url}' is not a loopback URL; the emulator only listens on 127.0.0.1, [::1] or localhost", nameof(options));
            }
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name });
        builder.WebHost.UseUrls([.. options.Urls]);
        var rejected = new RejectedRequests();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(rejected.Wrap));
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new EmulatorDatabase(databasePath));
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<UsageStore>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<AuthorizationCodes>();
        services.AddSingleton<LoginThrottle>();
        services.AddSingleton<PasqalStore>();
        services.AddSingleton<PasqalQueue>();
        services.AddSingleton<WorkloadStore>();
        services.AddSingleton<ResultLinks>();
        services.AddSingleton<IJobExecutor, SimulationJobExecutor>();
        services.AddSingleton<OqtantStore>();
        services.AddHostedService<PasqalWorker>();
        services.AddHostedService<WorkloadWorker>();
        services.AddHostedService<OqtantWorker>();

        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.MaxDepth = JsonLimits.ResponseMaxDepth;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, PasqalJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, AuthJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(2, DetailJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(3, OqtantErrorJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(4, QuantumDsl.Matter.OqtantJsonContext.Default);
        });

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<TokenIssuer, AccountDirectory>((jwt, issuer, accounts) =>
        {
            jwt.TokenValidationParameters = issuer.ValidationParameters();
            jwt.MapInboundClaims = false;
            jwt.Events = new JwtBearerEvents
            {
                OnChallenge = Challenge,
                // A signed, unexpired token is honoured only while its account exists with the same password (see TokenIssuer).
                OnTokenValidated = context =>
                {
                    var problem = context.Principal is null ? "the token has no claims" : issuer.Reject(context.Principal, accounts);
                    if (problem is not null)
                    {
                        context.Fail(problem);
                    }

                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorization();

        var app = builder.Build();
        rejected.Listen(app.Services.GetRequiredService<DiagnosticListener>(), app.Services);
        app.Lifetime.ApplicationStopped.Register(rejected.Dispose);
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = HandleException, StatusCodeSelector = StatusOf });
        app.UseStatusCodePages(context => context.HttpContext.Response.HasStarted
            ? Task.CompletedTask
            : ErrorResponses.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode,
                $"{ErrorResponses.Reason(context.HttpContext.Response.StatusCode)}: {Excerpt.Of(context.HttpContext.Request.Method)} {Excerpt.Of(context.HttpContext.Request.Path.Value)}"));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapAuth();
        app.MapPasqal();
        app.MapOqtant();
        return app;
    }

    private static Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var message = context.AuthenticateFailure is { } failure
            ? $"invalid bearer token: {failure.Message.Split(". ")[0]}"
            : "Not authenticated: send Authorization: Bearer <access token> (get one from POST /oauth/token)";
        return ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, message);
    }

    /// <summary>
    /// Errors of the request itself, raised while the app reads it (bad chunked framing 400, body over the size limit
    /// 413, body too slow 408), keep their status; anything else is an emulator bug: 500, logged, never the exception text.
    /// Request bodies are parsed by <see cref="RequestBody"/>, so a JSON exception here is a response-writing bug, not a bad body.
    /// </summary>
    private static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static Task HandleException(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = exception is null ? 500 : StatusOf(exception);
        var message = exception switch
        {
            BadHttpRequestException bad => $"request: {bad.Message}",
            _ => "internal emulator error (logged on the server)",
        };
        return ErrorResponses.WriteAsync(context, status, message);
    }
}
