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
        services.AddTransient<ICognitoUserPool, CognitoUserPool>();
        services.AddTransient<IShoppers, Shoppers>();

        // Only endpoints whose policy names the bearer scheme authenticate (the host's policies do),
        // so an anonymous request never builds the JwtBearer handler and its token libraries, about
        // 15 ms of a cold start. Without the switch the only scheme becomes the default and runs on
        // every request.
        AppContext.SetSwitch("Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme", true);
        services.AddAuthentication().AddJwtBearer();
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, CognitoAccessTokens>();
        WithoutKeyRingAtStart(services);

        if (configuration.LocalAws().CreateResources)
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
        var auth = api.MapGroup("/auth").WithTags("Identity").AddEndpointFilter(AuthProblems.RequireClientAsync);

        var anonymous = auth.MapGroup("").AllowAnonymous();
        anonymous.MapPost("/register", Register.Handle).WithName("Register").Validate<RegisterRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth);
        anonymous.MapPost("/confirm", ConfirmRegistration.Handle).WithName("ConfirmRegistration").Validate<ConfirmRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth);
        anonymous.MapPost("/resend-code", ResendCode.Handle).WithName("ResendConfirmationCode").Validate<EmailRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth);
        anonymous.MapPost("/login", Login.Handle).WithName("Login").Validate<LoginRequest>().LimitFailedLogins();
        anonymous.MapPost("/refresh", RefreshTokens.Handle).WithName("RefreshTokens").Validate<RefreshRequest>();
        anonymous.MapPost("/forgot-password", ForgotPassword.Handle).WithName("ForgotPassword").Validate<EmailRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth);
        // The code it takes is as guessable as a confirmation code, so it shares the same limit.
        anonymous.MapPost("/confirm-forgot-password", ResetPassword.Handle).WithName("ResetPassword").Validate<ResetPasswordRequest>()
            .LimitedBy(ShopRateLimits.AnonymousAuth);

        var shopper = auth.MapGroup("").RequireAuthorization(ShopPolicies.Customer);
        shopper.MapPost("/logout", Logout.Handle).WithName("Logout");
        shopper.MapGet("/me", GetProfile.Handle).WithName("GetProfile");
        return api;
    }
}
