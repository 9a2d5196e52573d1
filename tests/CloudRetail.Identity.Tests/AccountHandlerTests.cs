using CloudRetail.Identity.Endpoints;
using Microsoft.AspNetCore.Http;
using CloudRetail.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CloudRetail.Identity.Tests;

/// <summary>The account endpoints' decisions, called as handlers with a scripted user pool: what
/// each answers for Cognito's success and refusals, and what it hands on. The wire and cognito-local's
/// own behaviour are the API tests' (Identity/, Security/AccountEnumerationTests).</summary>
public sealed class AccountHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Register_signs_up_the_normalised_address_and_answers_the_new_users_sub()
    {
        var pool = new ScriptedUserPool();

        var answer = await Register.Handle(new RegisterRequest("  Ann@Example.COM ", "Secret123"), pool, None);

        var registered = Assert.IsType<Ok<Registered>>(answer.Result).Value!;
        Assert.Equal(("sub-1", false), (registered.UserSub, registered.UserConfirmed));
        Assert.Equal(["SignUp ann@example.com"], pool.Calls);
    }

    [Fact]
    public async Task Register_of_an_existing_address_is_400_user_already_exists()
    {
        var answer = await Register.Handle(new RegisterRequest("ann@example.com", "Secret123"), ScriptedUserPool.Refusing("UsernameExistsException"), None);

        AssertProblem(answer.Result, 400, "User already exists", "UsernameExistsException");
    }

    [Fact]
    public async Task Confirming_greets_the_shopper_at_the_normalised_address_with_the_trimmed_code()
    {
        var pool = new ScriptedUserPool();
        var mail = new RecordedNotifications();
        var signUps = new CountedSignUps();

        var answer = await ConfirmRegistration.Handle(new ConfirmRequest(" Ann@Example.com", " 123456 "), pool, mail, signUps, TimeProvider.System, None);

        Assert.IsType<Ok<Confirmed>>(answer.Result);
        Assert.Equal(["ConfirmSignUp ann@example.com 123456"], pool.Calls);
        Assert.Equal([new WelcomeEmail("ann@example.com", "ann@example.com")], mail.Welcomed);
        Assert.Equal(1, signUps.Count);
    }

    [Theory]
    [InlineData("UserNotFoundException", "User does not exist.")]
    [InlineData("NotAuthorizedException", "User cannot be confirmed. Current status is CONFIRMED")]
    [InlineData("InvalidParameterException", "User is already confirmed.")]
    [InlineData("ExpiredCodeException", "Invalid code provided, please request a code again.")]
    [InlineData("CodeMismatchException", "Invalid verification code provided, please try again.")]
    public async Task Confirming_an_unknown_or_confirmed_account_reads_as_a_wrong_code_and_greets_no_one(string errorType, string cognitoSays)
    {
        var mail = new RecordedNotifications();
        var signUps = new CountedSignUps();

        var answer = await ConfirmRegistration.Handle(new ConfirmRequest("ann@example.com", "123456"), ScriptedUserPool.Refusing(errorType, cognitoSays), mail, signUps, TimeProvider.System, None);

        AssertProblem(answer.Result, 400, AuthProblems.WrongCode, "CodeMismatchException");
        Assert.Empty(mail.Welcomed);
        Assert.Equal(0, signUps.Count);
    }

    [Fact]
    public async Task A_bad_parameter_at_confirmation_that_reveals_nothing_keeps_cognitos_words()
    {
        var answer = await ConfirmRegistration.Handle(new ConfirmRequest("ann@example.com", "1"),
            ScriptedUserPool.Refusing("InvalidParameterException", "Code must be six digits"), new RecordedNotifications(), new CountedSignUps(), TimeProvider.System, None);

        AssertProblem(answer.Result, 400, "Code must be six digits", "InvalidParameterException");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UserNotFoundException")]
    [InlineData("NotAuthorizedException")]
    public async Task Resend_code_answers_the_same_masked_destination_whether_or_not_the_account_exists(string? refusal)
    {
        var pool = refusal is null ? new ScriptedUserPool() : ScriptedUserPool.Refusing(refusal);

        var answer = await ResendCode.Handle(new EmailRequest(" Ann@Example.com"), pool, None);

        Assert.Equal(new CodeSent("Confirmation code sent", "a***@e***"), Assert.IsType<Ok<CodeSent>>(answer.Result).Value);
        Assert.Equal(["ResendConfirmationCode ann@example.com"], pool.Calls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("UserNotFoundException")]
    public async Task Forgot_password_answers_the_same_masked_destination_whether_or_not_the_account_exists(string? refusal)
    {
        var pool = refusal is null ? new ScriptedUserPool() : ScriptedUserPool.Refusing(refusal);

        var answer = await ForgotPassword.Handle(new EmailRequest("ann@example.com"), pool, None);

        Assert.Equal(new CodeSent("Password reset code sent", "a***@e***"), Assert.IsType<Ok<CodeSent>>(answer.Result).Value);
    }

    /// <summary>What Cognito answers for an account whose address was never verified (an unconfirmed sign-up).</summary>
    private const string NoVerifiedAddress = "Cannot reset password for the user as there is no registered/verified email or phone_number";

    [Fact]
    public async Task Forgot_password_for_an_account_without_a_verified_address_answers_as_for_any_other()
    {
        var answer = await ForgotPassword.Handle(new EmailRequest("ann@example.com"), ScriptedUserPool.Refusing("InvalidParameterException", NoVerifiedAddress), None);

        Assert.Equal(new CodeSent("Password reset code sent", "a***@e***"), Assert.IsType<Ok<CodeSent>>(answer.Result).Value);
    }

    [Fact]
    public async Task Confirming_and_resetting_for_an_account_without_a_verified_address_read_as_a_wrong_code()
    {
        var pool = ScriptedUserPool.Refusing("InvalidParameterException", NoVerifiedAddress);

        AssertProblem((await ResetPassword.Handle(new ResetPasswordRequest("ann@example.com", "123456", "Secret123"), pool, None)).Result,
            400, AuthProblems.WrongCode, "CodeMismatchException");
        AssertProblem((await ConfirmRegistration.Handle(new ConfirmRequest("ann@example.com", "123456"), pool, new RecordedNotifications(), new CountedSignUps(), TimeProvider.System, None)).Result,
            400, AuthProblems.WrongCode, "CodeMismatchException");
    }

    [Theory]
    [InlineData("LimitExceededException")]
    [InlineData("CodeDeliveryFailureException")]
    public async Task Sending_codes_too_often_is_429_for_resend_and_forgot_password(string errorType)
    {
        var pool = ScriptedUserPool.Refusing(errorType);

        AssertProblem((await ResendCode.Handle(new EmailRequest("ann@example.com"), pool, None)).Result, 429, "Too many attempts: try again later", errorType);
        AssertProblem((await ForgotPassword.Handle(new EmailRequest("ann@example.com"), pool, None)).Result, 429, "Too many attempts: try again later", errorType);
    }

    [Theory]
    [InlineData("UserNotFoundException", AuthProblems.WrongCode, "CodeMismatchException")]
    [InlineData("CodeMismatchException", AuthProblems.WrongCode, "CodeMismatchException")]
    [InlineData("ExpiredCodeException", "Verification code has expired: ask for a new one", "ExpiredCodeException")]
    public async Task Resetting_a_password_for_an_unknown_account_reads_as_a_wrong_code(string errorType, string message, string error)
    {
        var answer = await ResetPassword.Handle(new ResetPasswordRequest("ann@example.com", "123456", "Secret123"), ScriptedUserPool.Refusing(errorType), None);

        AssertProblem(answer.Result, 400, message, error);
    }

    [Fact]
    public async Task Resetting_a_password_passes_the_trimmed_code_for_the_normalised_address()
    {
        var pool = new ScriptedUserPool();

        var answer = await ResetPassword.Handle(new ResetPasswordRequest("ANN@example.com ", " 123456", "Secret123"), pool, None);

        Assert.IsType<Ok<PasswordReset>>(answer.Result);
        Assert.Equal(["ConfirmForgotPassword ann@example.com 123456"], pool.Calls);
    }

    [Fact]
    public async Task A_refresh_token_cognito_refuses_is_401_asking_to_sign_in_again()
    {
        var answer = await RefreshTokens.Handle(new RefreshRequest("spent", "sub-1"), ScriptedUserPool.Refusing("NotAuthorizedException", "Refresh Token has been revoked"), None);

        AssertProblem(answer.Result, 401, RefreshTokens.Refused, "NotAuthorizedException");
    }

    [Fact]
    public async Task A_good_refresh_answers_the_new_token_set()
    {
        var pool = new ScriptedUserPool { Tokens = new("new-access", "new-id", null, 3600, "Bearer") };

        var answer = await RefreshTokens.Handle(new RefreshRequest("good", "sub-1"), pool, None);

        var signedIn = Assert.IsType<Ok<SignedIn>>(answer.Result).Value!;
        Assert.Equal(new TokenSet("new-access", "new-id", null, 3600, "Bearer"), signedIn.Tokens);
        Assert.Equal(["Refresh sub-1"], pool.Calls);
    }

    private static void AssertProblem(IResult result, int status, string message, string error)
    {
        var problem = Assert.IsType<ProblemHttpResult>(result).ProblemDetails;
        Assert.Equal(status, problem.Status);
        Assert.Equal(message, problem.Extensions["message"]);
        Assert.Equal(error, problem.Extensions["error"]);
    }

    /// <summary>The shop's figures as far as sign-ups go: how many were counted.</summary>
    private sealed class CountedSignUps : CloudRetail.Analytics.IShopStats
    {
        public int Count { get; private set; }

        public Task CustomerSignedUpAsync(DateTimeOffset at, CancellationToken cancellationToken)
        {
            Count++;
            return Task.CompletedTask;
        }

        public void OrderPlaced(CloudRetail.BuildingBlocks.Persistence.WriteTransaction transaction, CloudRetail.Analytics.PlacedOrder order) => throw new NotSupportedException();

        public void OrderMoved(CloudRetail.BuildingBlocks.Persistence.WriteTransaction transaction, CloudRetail.Analytics.OrderMove move) => throw new NotSupportedException();

        public void RefundSucceeded(CloudRetail.BuildingBlocks.Persistence.WriteTransaction transaction, DateTimeOffset at, decimal amount, string currency) =>
            throw new NotSupportedException();
    }

    private sealed class RecordedNotifications : INotifications
    {
        public List<WelcomeEmail> Welcomed { get; } = [];

        public Task<NotificationReceipt> SendWelcomeAsync(WelcomeEmail email, CancellationToken cancellationToken)
        {
            Welcomed.Add(email);
            return Task.FromResult(new NotificationReceipt("N-1", "user-registered", email.To, true, null));
        }

        public Task<NotificationReceipt> SendOrderConfirmedAsync(OrderConfirmedEmail email, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Identity sends only welcomes");

        public Task<NotificationReceipt> SendPaymentFailedAsync(PaymentFailedEmail email, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Identity sends only welcomes");

        public Task<NotificationReceipt> SendOrderCancelledAsync(OrderCancelledEmail email, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Identity sends only welcomes");
    }
}
