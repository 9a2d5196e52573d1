using CloudRetail.BuildingBlocks.Aws;
using CloudRetail.BuildingBlocks.Http;
using CloudRetail.BuildingBlocks.RateLimits;
using CloudRetail.BuildingBlocks.Security;
using CloudRetail.Identity.Cognito;
using CloudRetail.Identity.Endpoints;
using CloudRetail.Identity.LocalPool;
using CloudRetail.Identity.Persistence;
using CloudRetail.Identity.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CloudRetail.Identity;

/// <summary>Shoppers' accounts in a Cognito user pool, and the bearer tokens that say who calls.</summary>
public static class IdentityModule
{
    /// <summary>Locally only: the admin the API creates in cognito-local at start-up (appsettings.Development.json).</summary>
    public const string LocalAdminSection = "Identity:LocalAdmin";
    public const string LocalAdminEmailSetting = LocalAdminSection + ":Email";
    public const string LocalAdminPasswordSetting = LocalAdminSection + ":Password";

    public static IServiceCollection AddIdentityModule(this IServiceCollection services, IConfiguration configuration)
    {
        var pool = new UserPool(configuration);
        services.AddSingleton(pool);
        var shoppers = ShoppersOptions.From(configuration);
        services.AddSingleton(shoppers);
        services.AddSingleton(ShoppersTable.Definition(shoppers.TableName));
        services.AddSingleton<ShoppersTable>();
        services.AddHttpClient<CognitoApi>(http =>
        {
            http.BaseAddress = pool.ServiceUrl;
            http.Timeout = TimeSpan.FromSeconds(10);
        });
        var local = configuration.LocalAws();
        services.AddSingleton(new CognitoCredentials(local.CognitoUrl is null ? null : new AwsKeys(local.AccessKey, local.SecretKey)));
        services.AddTransient<ICognitoUserPool, CognitoUserPool>();
        services.AddTransient<IShoppers, Shoppers>();
        services.AddTransient<Audit.IAdminEmails, AdminEmails>();
        services.AddTransient<ICustomerAccounts, CustomerAccounts>();

        // Only endpoints whose policy names the bearer scheme authenticate (the host's policies do),
        // so an anonymous request never builds the JwtBearer handler and its token libraries, about
        // 15 ms of a cold start. Without the switch the only scheme becomes the default and runs on
        // every request.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        services.AddAuthentication().AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, CognitoAccessTokens>();
        WithoutKeyRingAtStart(services);

        if (local.CreateResources)
        {
            services.AddSingleton(configuration.GetSection(LocalAdmin.Section).Get<LocalAdmin>() ?? new LocalAdmin(null, null));
            services.AddHostedService<LocalUserPool>();
        }
        services.AddHostedService<UserPoolCheck>();

        services.AddLoginFailureLimit(ShopRateLimits.From(configuration).LoginFailures);
        services.AddSingleton<IValidator<RegisterRequest>, RegisterValidator>();
        services.AddSingleton<IValidator<ConfirmRequest>, ConfirmValidator>();
        services.AddSingleton<IValidator<EmailRequest>, EmailValidator>();
        services.AddSingleton<IValidator<LoginRequest>, LoginValidator>();
        services.AddSingleton<IValidator<RefreshRequest>, RefreshValidator>();
        services.AddSingleton<IValidator<ResetPasswordRequest>, ResetPasswordValidator>();
        services.AddJsonTypes(IdentityJson.Default);
        return services;
    }

    /// <summary>AddAuthentication also registers ASP.NET Core Data Protection, whose hosted service
    /// loads or creates a key ring (on disk, under the home directory) at every start. Bearer tokens
    /// signed by Cognito never use it, so that start-up work goes; Data Protection itself stays
    /// registered, and would load its keys on first use if anything ever used it.</summary>
    private static void WithoutKeyRingAtStart(IServiceCollection services)
    {
        const string keyRingLoader = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";
        foreach (var loader in services.Where(s => s.ServiceType == typeof(IHostedService) && s.ImplementationType?.FullName == keyRingLoader).ToList())
        {
            services.Remove(loader);
        }
    }

    public static IEndpointRouteBuilder MapIdentityEndpoints(this IEndpointRouteBuilder api)
    {
        // Every endpoint here passes Cognito's refusals on (AuthProblems): any of these statuses can come
        // back from any of them, and 500 when the API has no app client configured.
        var auth = api.MapGroup("/auth").WithTag("Identity",
                "Accounts in the shop's Cognito user pool: register and confirm an e-mail, sign in for the bearer tokens every lock-marked operation needs, refresh, reset a password, sign out.")
            .AddEndpointFilter(AuthProblems.RequireClientAsync)
            .ProducesProblems(StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound,
                StatusCodes.Status429TooManyRequests, StatusCodes.Status500InternalServerError, StatusCodes.Status502BadGateway);

        var anonymous = auth.MapGroup("").AllowAnonymous();
        anonymous.MapPost("/register", Register.Handle).WithName("Register").Validate<RegisterRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth)
            .WithSummary("Create an account")
            .WithDescription("Registers the e-mail with a password (8+ characters with upper and lower case and a digit). Cognito e-mails a code: confirm it with POST /api/auth/confirm before signing in. " +
                "`userSub` is the new account's id.");
        anonymous.MapPost("/confirm", ConfirmRegistration.Handle).WithName("ConfirmRegistration").Validate<ConfirmRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth)
            .WithSummary("Confirm an e-mail with its code")
            .WithDescription("Confirms the account with the code Cognito e-mailed, then sends the welcome e-mail. A wrong, expired or already used code reads the same (400), " +
                "so the answer does not tell which e-mails have accounts.");
        anonymous.MapPost("/resend-code", ResendCode.Handle).WithName("ResendConfirmationCode").Validate<EmailRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth)
            .WithSummary("Send a new confirmation code")
            .WithDescription("E-mails another code for confirming the account. Answers the same for unknown or confirmed e-mails, with the destination masked.");
        anonymous.MapPost("/login", Login.Handle).WithName("Login").Validate<LoginRequest>().LimitFailedLogins()
            .WithSummary("Sign in")
            .WithDescription("Answers the access, ID and refresh tokens. Send `tokens.accessToken` as `Authorization: Bearer <accessToken>`; it lasts `expiresIn` seconds. " +
                "A wrong e-mail or password is 401 either way; an unconfirmed account is 403; after repeated failures, 429 with Retry-After.");
        anonymous.MapPost("/refresh", RefreshTokens.Handle).WithName("RefreshTokens").Validate<RefreshRequest>()
            .WithSummary("Get new tokens with a refresh token")
            .WithDescription("Trades the refresh token for new access and ID tokens. Send `userId` (the `id` from GET /api/auth/me) too: the shop's app client needs it. " +
                "401 when the refresh token is invalid, expired or revoked by logout: sign in again.");
        anonymous.MapPost("/forgot-password", ForgotPassword.Handle).WithName("ForgotPassword").Validate<EmailRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth)
            .WithSummary("E-mail a password reset code")
            .WithDescription("Cognito e-mails a code to set a new password with POST /api/auth/confirm-forgot-password. Answers the same for unknown e-mails.");
        // The code it takes is as guessable as a confirmation code, so it shares the same limit.
        anonymous.MapPost("/confirm-forgot-password", ResetPassword.Handle).WithName("ResetPassword").Validate<ResetPasswordRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth)
            .WithSummary("Set a new password with the reset code")
            .WithDescription("Sets the new password (same policy as registering) with the code from forgot-password. A wrong code or unknown e-mail reads the same (400).");

        var shopper = auth.MapGroup("").RequireAuthorization(ShopPolicies.Customer);
        shopper.MapPost("/logout", Logout.Handle).WithName("Logout")
            .WithSummary("Sign out everywhere")
            .WithDescription("Revokes every refresh token the user holds (Cognito GlobalSignOut). Access tokens already issued stay valid to this API until they expire (at most an hour).");
        shopper.MapGet("/me", GetProfile.Handle).WithName("GetProfile")
            .WithSummary("Get the signed-in user")
            .WithDescription("`id` is the user's id across the shop (the token's `sub`; send it as `userId` when refreshing), with the e-mail, whether it is verified, and the roles (`customer` or `admin`).");
        return api;
    }
}
