using System.Text.Json.Nodes;
using CloudRetail.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CloudRetail.Api.Tests.OpenApi;

/// <summary>
/// A client generated from /openapi/v1.json must be able to trust it. Real requests, valid and
/// invalid, go through the running API (and the COD and card-simulator hosts, whose payment body
/// differs) to every documented operation; each answer must be documented for its operation, with
/// its content type and a body that passes the schema, and each accepted JSON body must pass the
/// request schema. The figures are printed in every run.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class OpenApiConformanceTests(ShopApi shop, RunReport report, ITestOutputHelper output) : IClassFixture<RunReport>
{
    private readonly List<string> _unexpected = [];

    [Fact]
    public async Task Every_answer_of_every_operation_matches_the_document()
    {
        var document = await ApiDocument.ReadAsync(shop.Client);
        var api = new DocumentedClient(document);
        var anonymous = shop.Client;
        var admin = await shop.AdminClientAsync();
        var (customer, customerId, customerEmail) = await shop.NewCustomerAsync();
        var stranger = shop.ClientWithToken("not-a-token");

        await HealthAsync(api, anonymous, admin, customer);
        await IdentityAsync(api, anonymous, customer, customerEmail);
        var productId = await CatalogAndStockAsync(api, anonymous, admin, customer, stranger);
        await AddressesAndPricingAsync(api, anonymous, admin, customer, productId);
        var orderId = await CartAndCheckoutAsync(api, admin, customer, productId);
        await PaymentsAndFulfilmentAsync(api, anonymous, admin, customer, orderId);
        await NotificationsAsync(api, admin, customer, customerId, customerEmail, orderId);
        await CustomersAsync(api, anonymous, admin, customer, customerId);
        await SpreadsheetsAsync(api, anonymous, admin, customer);
        var (otherRequests, otherMismatches) = await OtherProvidersAsync(admin, customer);
        await api.PostAsync(customer, "/api/auth/logout").Expect(200, this, "logout");

        var operations = document.OperationsCount;
        var covered = api.Answered.Select(a => a[..a.LastIndexOf(' ')]).Distinct().Count();
        report.Print($"openapi conformance: {api.Requests + otherRequests} requests ({otherRequests} on the COD and card hosts) over {covered} of {operations} operations, " +
            $"{api.Answered.Count} operation/status pairs, {api.Mismatches.Count + otherMismatches.Count} mismatches");
        Assert.True(otherMismatches.Count == 0, string.Join("\n", otherMismatches));
        foreach (var mismatch in api.Mismatches)
        {
            output.WriteLine(mismatch);
        }
        Assert.True(_unexpected.Count == 0, "requests that did not answer what the test meant to provoke:\n" + string.Join("\n", _unexpected));
        Assert.True(api.Mismatches.Count == 0, $"{api.Mismatches.Count} answers differ from the document:\n" + string.Join("\n", api.Mismatches));
        Assert.Equal(operations, covered);
    }

    internal void Unexpected(string line) => _unexpected.Add(line);

    private async Task HealthAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer)
    {
        await api.GetAsync(anonymous, "/api/health").Expect(200, this, "health");
        await api.GetAsync(anonymous, "/api/health/ready").Expect(200, this, "ready");
        await api.PostAsync(admin, "/api/health/db-test").Expect(200, this, "db-test");
        await api.PostAsync(anonymous, "/api/health/db-test").Expect(401, this, "db-test without a token");
        await api.PostAsync(customer, "/api/health/db-test").Expect(403, this, "db-test as a customer");
    }

    private async Task IdentityAsync(DocumentedClient api, HttpClient anonymous, HttpClient customer, string customerEmail)
    {
        var email = ShopApi.NewEmail();
        await api.PostAsync(anonymous, "/api/auth/register", new { email, password = ShopApi.CustomerPassword }).Expect(200, this, "register");
        await api.PostAsync(anonymous, "/api/auth/register", new { email, password = ShopApi.CustomerPassword }).Expect(400, this, "register twice");
        await api.PostAsync(anonymous, "/api/auth/register", new { email = "not-an-email", password = "short" }).Expect(400, this, "register invalid");
        await api.PostAsync(anonymous, "/api/auth/register", "{\"email\":").Expect(400, this, "register malformed JSON");
        await api.SendAsync(anonymous, HttpMethod.Post, "/api/auth/register", "email=x", "text/plain").Expect(415, this, "register as text");
        await api.PostAsync(anonymous, "/api/auth/login", new { email, password = ShopApi.CustomerPassword }).Expect(403, this, "login before confirming");
        await api.PostAsync(anonymous, "/api/auth/confirm", new { email, code = "000000" }).Expect(400, this, "confirm with a wrong code");
        await api.PostAsync(anonymous, "/api/auth/confirm", new { email }).Expect(400, this, "confirm without a code");
        await api.PostAsync(anonymous, "/api/auth/resend-code", new { email }).Expect(200, this, "resend code");
        await api.PostAsync(anonymous, "/api/auth/resend-code", new { email = "" }).Expect(400, this, "resend code without e-mail");

        var (_, login, _) = await api.PostAsync(anonymous, "/api/auth/login", new { email = customerEmail, password = ShopApi.CustomerPassword }).Expect(200, this, "login");
        await api.PostAsync(anonymous, "/api/auth/login", new { email = customerEmail, password = "Wrong-Password1" }).Expect(401, this, "login with a wrong password");
        await api.PostAsync(anonymous, "/api/auth/login", new { email = customerEmail }).Expect(400, this, "login without a password");
        var (_, me, _) = await api.GetAsync(customer, "/api/auth/me").Expect(200, this, "me");
        await api.GetAsync(anonymous, "/api/auth/me").Expect(401, this, "me without a token");
        await api.PostAsync(anonymous, "/api/auth/refresh", new { refreshToken = (string?)login?["tokens"]?["refreshToken"], userId = (string?)me?["id"] })
            .Expect(200, this, "refresh");
        await api.PostAsync(anonymous, "/api/auth/refresh", new { refreshToken = "not-a-refresh-token", userId = (string?)me?["id"] }).Expect(401, this, "refresh with a bad token");
        await api.PostAsync(anonymous, "/api/auth/refresh", new { }).Expect(400, this, "refresh without a token");
        await api.PostAsync(anonymous, "/api/auth/forgot-password", new { email = customerEmail }).Expect(200, this, "forgot password");
        await api.PostAsync(anonymous, "/api/auth/forgot-password", new { }).Expect(400, this, "forgot password without e-mail");
        await api.PostAsync(anonymous, "/api/auth/confirm-forgot-password", new { email = customerEmail, code = "000000", password = "NewPassword123" })
            .Expect(400, this, "reset with a wrong code");
        await api.PostAsync(anonymous, "/api/auth/logout").Expect(401, this, "logout without a token");
    }

    private async Task<string> CatalogAndStockAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer, HttpClient stranger)
    {
        var productId = TestCatalog.NewProductId();
        // No imageKey: optional in the document, so a generated client may leave it out.
        var product = new { productId, name = "Conformance Mug", category = "Kitchen", price = 12.50m, currency = "USD" };
        await api.PostAsync(admin, "/api/products", product).Expect(201, this, "create product");
        await api.PostAsync(admin, "/api/products", product).Expect(409, this, "create product twice");
        await api.PostAsync(admin, "/api/products", new { productId = "bad id!", name = "", price = -1 }).Expect(400, this, "create invalid product");
        await api.PostAsync(admin, "/api/products", "[1,2").Expect(400, this, "create product with malformed JSON");
        await api.SendAsync(admin, HttpMethod.Post, "/api/products", "<product/>", "application/xml").Expect(415, this, "create product as XML");
        await api.PostAsync(admin, "/api/products", new { productId, name = new string('x', 70_000) }).Expect(413, this, "create product too large");
        await api.PostAsync(customer, "/api/products", product).Expect(403, this, "create product as a customer");
        await api.PostAsync(anonymous, "/api/products", product).Expect(401, this, "create product without a token");
        await api.PostAsync(stranger, "/api/products", product).Expect(401, this, "create product with a bad token");

        await api.GetAsync(anonymous, "/api/products?limit=5").Expect(200, this, "list products");
        await api.GetAsync(anonymous, "/api/products?q=conformance%20mug&category=Kitchen").Expect(200, this, "search products");
        await api.GetAsync(anonymous, "/api/products?limit=many").Expect(400, this, "list products with a bad limit");
        await api.GetAsync(anonymous, "/api/products?nextToken=garbage").Expect(400, this, "list products with a bad cursor");
        await api.GetAsync(anonymous, $"/api/products/{productId}").Expect(200, this, "get product");
        await api.GetAsync(anonymous, $"/api/products/{TestCatalog.NewProductId()}").Expect(404, this, "get unknown product");
        await api.GetAsync(anonymous, "/api/products/bad%20id!").Expect(400, this, "get product with a malformed id");
        await api.PutAsync(admin, $"/api/products/{productId}", new { name = "Conformance Mug", category = "Kitchen", price = 12.50m, currency = "USD" })
            .Expect(200, this, "update product");
        await api.PutAsync(admin, $"/api/products/{TestCatalog.NewProductId()}", new { name = "Nobody", category = "Kitchen", price = 1m, currency = "USD" })
            .Expect(404, this, "update unknown product");
        await api.PutAsync(admin, $"/api/products/{productId}", new { name = "" }).Expect(400, this, "update invalid product");
        await api.PostAsync(admin, $"/api/products/{productId}/image-upload", new { contentType = "image/png", contentLength = 68 }).Expect(200, this, "image upload URL");
        await api.PostAsync(admin, $"/api/products/{TestCatalog.NewProductId()}/image-upload", new { contentType = "image/png", contentLength = 68 }).Expect(404, this, "image upload unknown product");
        await api.PostAsync(admin, $"/api/products/{productId}/image-upload", new { contentType = "text/html" }).Expect(400, this, "image upload wrong type");
        var doomed = await admin.CreateProductAsync();
        await api.DeleteAsync(admin, $"/api/products/{doomed}").Expect(200, this, "delete product");
        await api.DeleteAsync(admin, $"/api/products/{doomed}").Expect(404, this, "delete product twice");
        await api.PostAsync(admin, "/api/admin/products/search-index?limit=5", null).Expect(200, this, "rebuild a page of the search index");
        await api.PostAsync(admin, "/api/admin/products/search-index?nextToken=forged", null).Expect(400, this, "rebuild the search index from a forged cursor");
        await api.PostAsync(customer, "/api/admin/products/search-index", null).Expect(403, this, "rebuild the search index as a customer");
        await api.PostAsync(anonymous, "/api/admin/products/search-index", null).Expect(401, this, "rebuild the search index without a token");

        await api.GetAsync(anonymous, $"/api/inventory/{productId}").Expect(200, this, "stock of a new product");
        await api.GetAsync(anonymous, $"/api/inventory/{TestCatalog.NewProductId()}").Expect(404, this, "stock of unknown product");
        await api.PutAsync(admin, $"/api/inventory/{productId}", new { availableQty = 10, reason = "conformance count" }).Expect(200, this, "count stock");
        await api.PutAsync(admin, $"/api/inventory/{productId}", new { availableQty = -1 }).Expect(400, this, "count stock invalid");
        await api.PutAsync(admin, $"/api/inventory/{TestCatalog.NewProductId()}", new { availableQty = 1, reason = "x" }).Expect(404, this, "count stock of unknown product");
        await api.PostAsync(admin, $"/api/inventory/{productId}/adjustments", new { qty = 5, reason = "delivery" }).Expect(200, this, "adjust stock");
        await api.PostAsync(admin, $"/api/inventory/{productId}/adjustments", new { qty = -1000, reason = "lost" }).Expect(409, this, "take away too much");
        await api.PostAsync(admin, $"/api/inventory/{productId}/adjustments", new { qty = 0 }).Expect(400, this, "adjust by nothing");
        await api.PostAsync(admin, $"/api/inventory/{TestCatalog.NewProductId()}/adjustments", new { qty = 1, reason = "x" }).Expect(404, this, "adjust unknown product");
        await api.GetAsync(admin, $"/api/inventory/{productId}/movements?limit=10").Expect(200, this, "movements");
        await api.GetAsync(admin, $"/api/inventory/{productId}/movements?nextToken=garbage").Expect(400, this, "movements with a bad cursor");
        await api.GetAsync(admin, $"/api/inventory/{TestCatalog.NewProductId()}/movements").Expect(404, this, "movements of unknown product");
        await api.GetAsync(customer, $"/api/inventory/{productId}/movements").Expect(403, this, "movements as a customer");
        await api.GetAsync(admin, "/api/inventory/reconciliation").Expect(200, this, "reconciliation");
        await api.PostAsync(admin, "/api/inventory/reconciliation/repair").Expect(200, this, "repair reconciliation");
        return productId;
    }

    private async Task SpreadsheetsAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer)
    {
        const string import = "/api/admin/imports/products";
        var good = $"productId,name,category,price,currency,stock\r\n{TestCatalog.NewProductId()},Lamp,Lighting,9.90,USD,3\r\n";
        await api.GetAsync(admin, "/api/admin/exports/products").Expect(200, this, "export products");
        await api.GetAsync(anonymous, "/api/admin/exports/products").Expect(401, this, "export products without a token");
        await api.GetAsync(customer, "/api/admin/exports/products").Expect(403, this, "export products as a customer");
        await api.GetAsync(admin, "/api/admin/exports/orders?from=2026-12-01&to=2026-12-31&status=CONFIRMED").Expect(200, this, "export orders");
        await api.GetAsync(admin, "/api/admin/exports/orders?from=yesterday&to=2026-12-31").Expect(400, this, "export orders from a bad date");
        await api.SendAsync(admin, HttpMethod.Post, $"{import}?dryRun=true", good, "text/csv").Expect(200, this, "check an import file");
        await api.SendAsync(admin, HttpMethod.Post, import, good, "text/csv").Expect(200, this, "import products");
        await api.SendAsync(admin, HttpMethod.Post, import, good.Replace("9.90", "nine", StringComparison.Ordinal), "text/csv").Expect(422, this, "import a bad row");
        await api.SendAsync(admin, HttpMethod.Post, import, "{}").Expect(415, this, "import JSON");
        await api.SendAsync(customer, HttpMethod.Post, import, good, "text/csv").Expect(403, this, "import as a customer");
    }

    private async Task CustomersAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer, string customerId)
    {
        var (_, otherId, otherEmail) = await shop.NewCustomerAsync();
        var (_, me, _) = await api.GetAsync(admin, "/api/auth/me").Expect(200, this, "admin's me");
        var self = $"/api/admin/customers/{(string?)me?["id"]}";
        var other = $"/api/admin/customers/{otherId}";
        var unknown = $"/api/admin/customers/{Guid.NewGuid()}";
        await api.GetAsync(admin, $"/api/admin/customers?email={otherEmail[..12]}&limit=5").Expect(200, this, "search customers");
        await api.GetAsync(admin, "/api/admin/customers?signedUpFrom=2026-12-01&signedUpTo=2026-12-31").Expect(200, this, "customers by sign-up date");
        await api.GetAsync(admin, "/api/admin/customers?signedUpFrom=yesterday").Expect(400, this, "customers by a bad date");
        await api.GetAsync(admin, "/api/admin/customers?cursor=forged.cursor").Expect(400, this, "customers with a forged cursor");
        await api.GetAsync(anonymous, "/api/admin/customers").Expect(401, this, "customers without a token");
        await api.GetAsync(customer, "/api/admin/customers").Expect(403, this, "customers as a customer");
        await api.GetAsync(admin, $"/api/admin/customers/{customerId}").Expect(200, this, "customer's page");
        await api.GetAsync(admin, unknown).Expect(404, this, "unknown customer's page");
        await api.PostAsync(admin, $"{other}/disable").Expect(200, this, "disable customer");
        await api.PostAsync(admin, $"{self}/disable").Expect(409, this, "disable oneself");
        await api.PostAsync(admin, $"{unknown}/disable").Expect(404, this, "disable unknown customer");
        await api.PostAsync(admin, $"{other}/enable").Expect(200, this, "enable customer");
        await api.PostAsync(admin, $"{unknown}/enable").Expect(404, this, "enable unknown customer");
        await api.PutAsync(admin, $"{other}/admin-role", null).Expect(200, this, "grant admin role");
        await api.PutAsync(admin, $"{unknown}/admin-role", null).Expect(404, this, "grant admin role to unknown customer");
        await api.DeleteAsync(admin, $"{other}/admin-role").Expect(200, this, "revoke admin role");
        await api.DeleteAsync(admin, $"{self}/admin-role").Expect(409, this, "revoke own admin role");
        await api.DeleteAsync(admin, $"{unknown}/admin-role").Expect(404, this, "revoke admin role of unknown customer");
    }

    private async Task AddressesAndPricingAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer, string productId)
    {
        var address = new { name = "Ada Lovelace", line1 = "1 Main Street", city = "Seattle", region = "WA", postalCode = "98101", country = "US", phone = "+1 206 555 0100" };
        var unknownAddress = $"/api/addresses/A-{Guid.NewGuid():D}";
        await api.GetAsync(customer, "/api/addresses").Expect(200, this, "address book");
        var (_, added, _) = await api.PostAsync(customer, "/api/addresses", address).Expect(201, this, "add address");
        await api.PostAsync(customer, "/api/addresses", new { name = "", country = "ZZ" }).Expect(400, this, "add invalid address");
        var addressPath = $"/api/addresses/{(string?)added?["addressId"]}";
        await api.PutAsync(customer, addressPath, address with { name = "Ada L." }).Expect(200, this, "change address");
        await api.PutAsync(customer, unknownAddress, address).Expect(404, this, "change unknown address");
        await api.PutAsync(customer, addressPath, new { name = "x" }).Expect(400, this, "change address invalid");
        await api.PostAsync(customer, $"{addressPath}/default").Expect(200, this, "choose default address");
        await api.PostAsync(customer, $"{unknownAddress}/default").Expect(404, this, "choose unknown default");

        var methodId = Pricing.PricingAdmin.NewId("m");
        var method = new { shippingMethodId = methodId, name = "Conformance post", price = 4.5m, currency = "USD", countries = new[] { "GR" }, minDays = 1, maxDays = 3 };
        await api.PostAsync(admin, "/api/admin/shipping-methods", method).Expect(201, this, "add shipping method");
        await api.PostAsync(admin, "/api/admin/shipping-methods", method).Expect(409, this, "add shipping method twice");
        await api.PostAsync(admin, "/api/admin/shipping-methods", new { name = "", price = -1, currency = "usd" }).Expect(400, this, "add invalid shipping method");
        await api.PostAsync(customer, "/api/admin/shipping-methods", method).Expect(403, this, "add shipping method as a customer");
        await api.GetAsync(admin, "/api/admin/shipping-methods").Expect(200, this, "all shipping methods");
        await api.GetAsync(anonymous, "/api/shipping-methods?country=GR").Expect(200, this, "shipping methods for a country");
        await api.GetAsync(anonymous, "/api/shipping-methods?country=XX").Expect(400, this, "shipping methods for no country");
        await api.PutAsync(admin, $"/api/admin/shipping-methods/{methodId}", method with { price = 5m }).Expect(200, this, "change shipping method");
        await api.PutAsync(admin, "/api/admin/shipping-methods/no-such-method", method).Expect(404, this, "change unknown shipping method");
        await api.PutAsync(admin, "/api/admin/shipping-methods/BAD_ID", method).Expect(400, this, "change shipping method with a malformed id");

        await api.GetAsync(admin, "/api/admin/tax-rates").Expect(200, this, "tax rates");
        await api.PostAsync(admin, "/api/admin/tax-rates", new { country = "GR", name = "FPA", percent = 24m }).Expect(201, this, "add tax rate");
        await api.PostAsync(admin, "/api/admin/tax-rates", new { country = "GR", name = "FPA", percent = 24m }).Expect(409, this, "add tax rate twice");
        await api.PostAsync(admin, "/api/admin/tax-rates", new { country = "GR", name = "FPA", percent = 240m }).Expect(400, this, "add invalid tax rate");
        await api.PutAsync(admin, "/api/admin/tax-rates/GR", new { name = "FPA", percent = 13m }).Expect(200, this, "change tax rate");
        await api.PutAsync(admin, "/api/admin/tax-rates/GR-ZZZ", new { name = "None", percent = 1m }).Expect(404, this, "change unknown tax rate");

        var code = Pricing.PricingAdmin.NewId("c").ToUpperInvariant();
        var terms = new { code, kind = "PERCENT", value = 10m, redemptionLimit = 5, active = true };
        await api.PostAsync(admin, "/api/admin/discount-codes", terms).Expect(201, this, "add discount code");
        await api.PostAsync(admin, "/api/admin/discount-codes", terms).Expect(409, this, "add discount code twice");
        await api.PostAsync(admin, "/api/admin/discount-codes", new { code, kind = "AMOUNT", value = -1m }).Expect(400, this, "add invalid discount code");
        await api.GetAsync(admin, "/api/admin/discount-codes").Expect(200, this, "discount codes");
        await api.GetAsync(admin, $"/api/admin/discount-codes/{code.ToLowerInvariant()}").Expect(200, this, "discount code");
        await api.GetAsync(admin, "/api/admin/discount-codes/NO-SUCH-CODE").Expect(404, this, "unknown discount code");
        await api.PutAsync(admin, $"/api/admin/discount-codes/{code}", terms with { value = 15m }).Expect(200, this, "change discount code");
        await api.PutAsync(admin, "/api/admin/discount-codes/NO-SUCH-CODE", terms).Expect(404, this, "change unknown discount code");

        var (shopper, _, _) = await shop.NewCustomerAsync();
        await shopper.PostJsonAsync("/api/cart/items", new { productId, qty = 1 });
        var greek = new { name = "Eleni", line1 = "Odos 1", city = "Athens", postalCode = "10552", country = "GR" };
        await api.PostAsync(shopper, "/api/orders/quote", new { deliveryAddress = greek, shippingMethodId = methodId, discountCode = code }).Expect(200, this, "quote");
        await api.PostAsync(shopper, "/api/orders/quote", new { discountCode = "not a code" }).Expect(400, this, "quote with a malformed code");
        await api.PostAsync(shopper, "/api/orders/quote", new { addressId = $"A-{Guid.NewGuid():D}" }).Expect(404, this, "quote to an unknown address");
        await api.PostAsync(shopper, "/api/orders/quote", new { discountCode = "NO-SUCH-CODE" }).Expect(409, this, "quote with an unknown code");
        await api.PostAsync(customer, "/api/orders/quote").Expect(400, this, "quote of an empty cart");
        await shopper.DeleteAsync("/api/cart");

        await api.DeleteAsync(customer, addressPath).Expect(200, this, "delete address");
        await api.DeleteAsync(customer, addressPath).Expect(404, this, "delete address twice");
        await api.DeleteAsync(admin, $"/api/admin/shipping-methods/{methodId}").Expect(200, this, "delete shipping method");
        await api.DeleteAsync(admin, $"/api/admin/shipping-methods/{methodId}").Expect(404, this, "delete shipping method twice");
        await api.DeleteAsync(admin, "/api/admin/tax-rates/GR").Expect(200, this, "delete tax rate");
        await api.DeleteAsync(admin, "/api/admin/tax-rates/GR").Expect(404, this, "delete tax rate twice");
        await api.DeleteAsync(admin, $"/api/admin/discount-codes/{code}").Expect(200, this, "delete discount code");
        await api.DeleteAsync(admin, $"/api/admin/discount-codes/{code}").Expect(404, this, "delete discount code twice");
    }

    private async Task<string> CartAndCheckoutAsync(DocumentedClient api, HttpClient admin, HttpClient customer, string productId)
    {
        var other = await admin.CreateProductAsync(price: 3.00m, stock: 5);
        await api.GetAsync(customer, "/api/cart").Expect(200, this, "empty cart");
        await api.PostAsync(customer, "/api/orders/checkout").Expect(400, this, "checkout of an empty cart");
        await api.PostAsync(customer, "/api/cart/items", new { productId, qty = 2 }).Expect(200, this, "add to cart");
        await api.PostAsync(customer, "/api/cart/items", new { productId, qty = 90 }).Expect(409, this, "add more than in stock");
        await api.PostAsync(customer, "/api/cart/items", new { productId = TestCatalog.NewProductId(), qty = 1 }).Expect(404, this, "add unknown product");
        await api.PostAsync(customer, "/api/cart/items", new { productId, qty = 0 }).Expect(400, this, "add no units");
        await api.PostAsync(customer, "/api/cart/items", new { productId = other, qty = 1 }).Expect(200, this, "add a second product");
        await api.PutAsync(customer, $"/api/cart/items/{productId}", new { qty = 3 }).Expect(200, this, "change quantity");
        await api.PutAsync(customer, $"/api/cart/items/{TestCatalog.NewProductId()}", new { qty = 1 }).Expect(404, this, "change a line not in the cart");
        await api.PutAsync(customer, $"/api/cart/items/{productId}", new { qty = 500 }).Expect(400, this, "change to too many");
        await api.DeleteAsync(customer, $"/api/cart/items/{other}").Expect(200, this, "remove a line");
        await api.DeleteAsync(customer, $"/api/cart/items/{other}").Expect(404, this, "remove a line twice");
        await api.GetAsync(customer, "/api/cart").Expect(200, this, "cart with a line");

        // A price change is a 409 naming it; checking out again with the new total (acceptedTotal optional before) succeeds.
        await api.PutAsync(admin, $"/api/products/{productId}", new { name = "Conformance Mug", category = "Kitchen", price = 13.00m, currency = "USD" })
            .Expect(200, this, "raise the price");
        var (_, changed, _) = await api.PostAsync(customer, "/api/orders/checkout", new { }).Expect(409, this, "checkout after a price change");
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
        var (_, placed, _) = await api.SendAsync(customer, HttpMethod.Post, "/api/orders/checkout", new { acceptedTotal = (decimal?)changed?["newTotal"] }, headers: key)
            .Expect(201, this, "checkout accepting the new total");
        await api.SendAsync(customer, HttpMethod.Post, "/api/orders/checkout", new { acceptedTotal = 1m }, headers: key).Expect(422, this, "same key, other body");
        await api.SendAsync(customer, HttpMethod.Post, "/api/orders/checkout", new { acceptedTotal = (decimal?)changed?["newTotal"] }, headers: key)
            .Expect(201, this, "same key replayed");
        var orderId = (string)placed!["order"]!["orderId"]!;

        await api.GetAsync(customer, "/api/orders?limit=5").Expect(200, this, "list orders");
        await api.GetAsync(customer, "/api/orders?limit=x").Expect(400, this, "list orders with a bad limit");
        await api.GetAsync(customer, $"/api/orders/{orderId}").Expect(200, this, "get order");
        await api.GetAsync(customer, $"/api/orders/O-{Guid.NewGuid()}").Expect(404, this, "get unknown order");
        await api.GetAsync(customer, "/api/orders/not-an-order").Expect(400, this, "get order with a malformed id");

        // An order to cancel: the same product, one more unit.
        await api.PostAsync(customer, "/api/cart/items", new { productId, qty = 1 }).Expect(200, this, "add for a second order");
        var (_, second, _) = await api.PostAsync(customer, "/api/orders/checkout").Expect(201, this, "checkout without a body");
        var secondId = (string)second!["order"]!["orderId"]!;
        await api.PostAsync(customer, $"/api/orders/{secondId}/cancel").Expect(200, this, "cancel order");
        await api.PostAsync(customer, $"/api/orders/{secondId}/cancel").Expect(409, this, "cancel twice");
        await api.PostAsync(customer, $"/api/orders/O-{Guid.NewGuid()}/cancel").Expect(404, this, "cancel unknown order");
        await api.PostAsync(customer, "/api/cart/items", new { productId = other, qty = 1 }).Expect(200, this, "add before emptying");
        await api.DeleteAsync(customer, "/api/cart").Expect(200, this, "empty cart");
        return orderId;
    }

    private async Task PaymentsAndFulfilmentAsync(DocumentedClient api, HttpClient anonymous, HttpClient admin, HttpClient customer, string orderId)
    {
        await api.GetAsync(anonymous, "/api/payments/provider").Expect(200, this, "payment provider");
        await api.PostAsync(customer, "/api/payments", new { orderId }).Expect(400, this, "MOCK payment without status");
        await api.PostAsync(customer, "/api/payments", new { orderId, status = "SUCCESS", cardNumber = "4242424242424242" }).Expect(400, this, "MOCK payment with a card");
        await api.PostAsync(customer, "/api/payments", new { orderId = $"O-{Guid.NewGuid()}", status = "SUCCESS" }).Expect(404, this, "pay unknown order");
        await api.PostAsync(admin, $"/api/orders/{orderId}/ship", new { trackingNumber = "1Z999" }).Expect(409, this, "ship an unpaid order");
        var (_, paid, _) = await api.PostAsync(customer, "/api/payments", new { orderId, status = "SUCCESS" }).Expect(200, this, "pay");
        await api.PostAsync(customer, "/api/payments", new { orderId, status = "SUCCESS" }).Expect(409, this, "pay twice");
        var paymentId = (string?)paid?["payment"]?["paymentId"] ?? $"PAY-{Guid.NewGuid()}";
        await api.GetAsync(customer, $"/api/payments/{paymentId}").Expect(200, this, "get payment");
        await api.GetAsync(customer, $"/api/orders/{orderId}/invoice").Expect(200, this, "get invoice");
        await api.GetAsync(customer, $"/api/orders/O-{Guid.NewGuid()}/invoice").Expect(404, this, "get invoice of an unknown order");
        await api.GetAsync(customer, "/api/orders/not-an-order/invoice").Expect(400, this, "get invoice with a malformed id");
        await api.GetAsync(customer, $"/api/orders/{orderId}/credit-notes").Expect(200, this, "list credit notes");
        await api.GetAsync(customer, $"/api/orders/O-{Guid.NewGuid()}/credit-notes").Expect(404, this, "credit notes of an unknown order");
        await api.GetAsync(customer, "/api/orders/not-an-order/credit-notes").Expect(400, this, "credit notes with a malformed id");
        await api.GetAsync(admin, "/api/admin/invoices?status=ISSUED&limit=5").Expect(200, this, "invoices by status");
        await api.GetAsync(admin, "/api/admin/invoices?status=LOST").Expect(400, this, "invoices of an unknown status");
        await api.GetAsync(customer, "/api/admin/invoices").Expect(403, this, "invoices as a customer");
        await api.GetAsync(admin, "/api/admin/dashboard?period=7d").Expect(200, this, "dashboard of a week");
        await api.GetAsync(admin, "/api/admin/dashboard?period=custom&from=2026-01-01&to=2026-01-31&drift=true").Expect(200, this, "dashboard of a custom period with drift");
        await api.GetAsync(admin, "/api/admin/dashboard?period=week").Expect(400, this, "dashboard of an unknown period");
        await api.GetAsync(customer, "/api/admin/dashboard").Expect(403, this, "dashboard as a customer");
        await api.GetAsync(anonymous, "/api/admin/dashboard").Expect(401, this, "dashboard without a token");
        await api.GetAsync(admin, "/api/admin/audit?limit=5").Expect(200, this, "audit trail");
        await api.GetAsync(admin, $"/api/admin/audit?subjectId={orderId}&action=ORDER_SHIPPED&from=2026-01-01").Expect(200, this, "audit trail of an order");
        await api.GetAsync(admin, "/api/admin/audit?action=PRICE_CHANGED").Expect(400, this, "audit trail of an unknown action");
        await api.GetAsync(customer, "/api/admin/audit").Expect(403, this, "audit trail as a customer");
        await api.GetAsync(anonymous, "/api/admin/audit").Expect(401, this, "audit trail without a token");
        await api.GetAsync(customer, $"/api/payments/PAY-{Guid.NewGuid()}").Expect(404, this, "get unknown payment");
        await api.GetAsync(customer, "/api/payments/not-a-payment").Expect(400, this, "get payment with a malformed id");
        await api.PostAsync(anonymous, "/api/payments/webhook", new { id = "evt-1", type = "payment.succeeded", paymentId }).Expect(404, this, "webhook on MOCK");

        await api.PostAsync(customer, $"/api/orders/{orderId}/staff-cancel", new { reason = "out of stock" }).Expect(403, this, "staff cancel as a customer");
        await api.PostAsync(admin, $"/api/orders/{orderId}/staff-cancel", new { reason = "" }).Expect(400, this, "staff cancel without a reason");
        await api.PostAsync(admin, $"/api/orders/O-{Guid.NewGuid()}/staff-cancel", new { reason = "out of stock" }).Expect(404, this, "staff cancel unknown order");
        await api.GetAsync(customer, $"/api/payments?orderId={orderId}").Expect(200, this, "list the order's payments");
        await api.GetAsync(customer, "/api/payments?orderId=not-an-order").Expect(400, this, "list payments of a malformed order id");
        await api.GetAsync(customer, $"/api/payments?orderId=O-{Guid.NewGuid()}").Expect(404, this, "list payments of an unknown order");
        await api.PostAsync(admin, $"/api/orders/{orderId}/refunds", new { reason = "scratched box", amount = 1.00m }).Expect(201, this, "refund by amount");
        await api.PostAsync(admin, $"/api/orders/{orderId}/refunds", new { reason = "too much", amount = 1_000_000m }).Expect(409, this, "refund more than collected");
        await api.PostAsync(admin, $"/api/orders/{orderId}/refunds", new { amount = 1.00m }).Expect(400, this, "refund without a reason");
        await api.PostAsync(customer, $"/api/orders/{orderId}/refunds", new { reason = "x", amount = 1.00m }).Expect(403, this, "refund as a customer");
        await api.PostAsync(admin, $"/api/orders/O-{Guid.NewGuid()}/refunds", new { reason = "x", amount = 1.00m }).Expect(404, this, "refund an unknown order");
        await api.PostAsync(admin, $"/api/orders/{orderId}/refused-delivery", new { reason = "not home" }).Expect(409, this, "refused delivery before shipping");
        await api.PostAsync(admin, $"/api/orders/O-{Guid.NewGuid()}/refused-delivery", new { reason = "not home" }).Expect(404, this, "refused delivery of an unknown order");
        await api.PostAsync(admin, $"/api/orders/{orderId}/ship", new { trackingNumber = "" }).Expect(400, this, "ship without tracking");
        await api.PostAsync(admin, $"/api/orders/O-{Guid.NewGuid()}/ship", new { trackingNumber = "1Z999" }).Expect(404, this, "ship unknown order");
        await api.PostAsync(customer, $"/api/orders/{orderId}/ship", new { trackingNumber = "1Z999" }).Expect(403, this, "ship as a customer");
        await api.PostAsync(admin, $"/api/orders/{orderId}/ship", new { trackingNumber = "1Z999AA10123456784" }).Expect(200, this, "ship");
        await api.PostAsync(admin, $"/api/orders/{orderId}/staff-cancel", new { reason = "out of stock" }).Expect(409, this, "staff cancel a shipped order");
        await api.PostAsync(admin, $"/api/orders/{orderId}/deliver").Expect(200, this, "deliver");
        await api.PostAsync(admin, $"/api/orders/{orderId}/deliver").Expect(409, this, "deliver twice");
        await api.PostAsync(admin, $"/api/orders/O-{Guid.NewGuid()}/deliver").Expect(404, this, "deliver unknown order");
        await ReturnsAsync(api, admin, customer, orderId);
        await api.PostAsync(admin, "/api/orders/expire-reservations").Expect(200, this, "expire reservations");
        await api.GetAsync(admin, "/api/admin/orders?status=DELIVERED&limit=5").Expect(200, this, "orders by status");
        await api.GetAsync(admin, "/api/admin/orders").Expect(400, this, "orders without a status");
        await api.GetAsync(customer, "/api/admin/orders?status=DELIVERED").Expect(403, this, "orders by status as a customer");
        await api.PostAsync(admin, "/api/admin/orders/status-index?limit=5").Expect(200, this, "shard a page of the status index");
        await api.PostAsync(admin, "/api/admin/orders/status-index?nextToken=forged").Expect(400, this, "shard the status index from a forged cursor");
        await api.PostAsync(customer, "/api/admin/orders/status-index").Expect(403, this, "shard the status index as a customer");
        await api.PostAsync(anonymous, "/api/admin/orders/status-index").Expect(401, this, "shard the status index without a token");
    }

    private async Task ReturnsAsync(DocumentedClient api, HttpClient admin, HttpClient customer, string orderId)
    {
        var productId = (string)(await customer.GetJsonAsync($"/api/orders/{orderId}"))["items"]![0]!["productId"]!;
        object Lines(int quantity) => new[] { new { productId, quantity } };
        await api.GetAsync(customer, $"/api/orders/{orderId}/returns").Expect(200, this, "list an order's returns");
        await api.GetAsync(customer, $"/api/orders/O-{Guid.NewGuid()}/returns").Expect(404, this, "list the returns of an unknown order");
        await api.PostAsync(customer, $"/api/orders/{orderId}/returns", new { reason = "", lines = Lines(1) }).Expect(400, this, "return without a reason");
        await api.PostAsync(customer, $"/api/orders/O-{Guid.NewGuid()}/returns", new { reason = "too small", lines = Lines(1) }).Expect(404, this, "return an unknown order");
        await api.PostAsync(customer, $"/api/orders/{orderId}/returns", new { reason = "too small", lines = Lines(1_000) }).Expect(400, this, "return more than was bought");
        var (_, requested, _) = await api.PostAsync(customer, $"/api/orders/{orderId}/returns", new { reason = "too small", lines = Lines(1) }).Expect(201, this, "request a return");
        var returnId = (string?)requested?["returnId"] ?? $"RT-{Guid.NewGuid()}";
        object Received(string disposition) => new { lines = new[] { new { productId, disposition } } };
        await api.GetAsync(admin, "/api/admin/returns?limit=5").Expect(200, this, "returns queue");
        await api.GetAsync(admin, "/api/admin/returns?status=LOST").Expect(400, this, "returns of an unknown status");
        await api.GetAsync(customer, "/api/admin/returns").Expect(403, this, "returns queue as a customer");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/receive", Received("BACK_TO_STOCK")).Expect(409, this, "receive a return not approved");
        await api.PostAsync(admin, $"/api/admin/returns/RT-{Guid.NewGuid()}/approve").Expect(404, this, "approve an unknown return");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/reject", new { reason = "" }).Expect(400, this, "reject without a reason");
        await api.PostAsync(admin, $"/api/admin/returns/RT-{Guid.NewGuid()}/reject", new { reason = "late" }).Expect(404, this, "reject an unknown return");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/approve").Expect(200, this, "approve a return");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/reject", new { reason = "late" }).Expect(409, this, "reject an approved return");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/receive", new { lines = Array.Empty<object>() }).Expect(400, this, "receive without lines");
        await api.PostAsync(admin, $"/api/admin/returns/RT-{Guid.NewGuid()}/receive", Received("WRITE_OFF")).Expect(404, this, "receive an unknown return");
        await api.PostAsync(admin, $"/api/admin/returns/{returnId}/receive", Received("BACK_TO_STOCK")).Expect(200, this, "receive a return");
    }

    private async Task NotificationsAsync(DocumentedClient api, HttpClient admin, HttpClient customer, string customerId, string email, string orderId)
    {
        var (_, sent, _) = await api.PostAsync(admin, "/api/notifications/user-registered", new { email, userId = customerId }).Expect(200, this, "send welcome");
        await api.PostAsync(admin, "/api/notifications/user-registered", new { email = "nope" }).Expect(400, this, "send welcome invalid");
        var lines = new[] { new { name = "Conformance Mug", qty = 3, price = 13.00m } };
        await api.PostAsync(admin, "/api/notifications/order-confirmed", new { email, userId = customerId, orderId, amount = 39.00m, currency = "USD", items = lines })
            .Expect(200, this, "send order confirmed");
        await api.PostAsync(admin, "/api/notifications/order-confirmed", new { email }).Expect(400, this, "send order confirmed invalid");
        await api.PostAsync(admin, "/api/notifications/payment-failed", new { email, userId = customerId, orderId }).Expect(200, this, "send payment failed");
        await api.PostAsync(admin, "/api/notifications/payment-failed", new { }).Expect(400, this, "send payment failed invalid");
        await api.PostAsync(customer, "/api/notifications/payment-failed", new { email, userId = customerId, orderId }).Expect(403, this, "send as a customer");
        await api.GetAsync(admin, "/api/notifications?status=FAILED&limit=5").Expect(200, this, "failed notifications");
        await api.GetAsync(admin, "/api/notifications?status=LOST").Expect(400, this, "notifications of an unknown status");
        var notificationId = (string?)sent?["notificationId"] ?? $"N-{Guid.NewGuid()}";
        await api.GetAsync(admin, $"/api/notifications/{notificationId}").Expect(200, this, "get notification");
        await api.GetAsync(admin, $"/api/notifications/N-{Guid.NewGuid()}").Expect(404, this, "get unknown notification");
        await api.GetAsync(admin, "/api/notifications/not-a-notification").Expect(400, this, "get notification with a malformed id");
        await api.PostAsync(admin, $"/api/notifications/{notificationId}/retry").Expect(409, this, "retry a sent notification");
        await api.PostAsync(admin, $"/api/notifications/N-{Guid.NewGuid()}/retry").Expect(404, this, "retry unknown notification");
    }

    /// <summary>Each provider's host serves its own document, whose payment body is the only one it takes.</summary>
    private async Task<(int Requests, List<string> Mismatches)> OtherProvidersAsync(HttpClient admin, HttpClient customer)
    {
        var (requests, mismatches) = (0, new List<string>());
        foreach (var (host, body, status) in new[]
        {
            (shop.CodHost, (Func<string, object>)(id => new { orderId = id }), 200),
            (shop.CardHost, id => new { orderId = id, cardNumber = "4000 0000 0000 0002" }, 202),
        })
        {
            var client = host.CreateClientAs(customer);
            var api = new DocumentedClient(await ApiDocument.ReadAsync(client));
            var productId = await admin.CreateProductAsync(stock: 3);
            await api.PostAsync(client, "/api/cart/items", new { productId, qty = 1 }).Expect(200, this, "add on another provider's host");
            var (_, placed, _) = await api.PostAsync(client, "/api/orders/checkout").Expect(201, this, "checkout on another provider's host");
            var orderId = (string)placed!["order"]!["orderId"]!;
            await api.PostAsync(client, "/api/payments", new { orderId, status = "SUCCESS" }).Expect(400, this, "a MOCK body on another provider");
            await api.PostAsync(client, "/api/payments", body(orderId)).Expect(status, this, "the provider's own body");
            if (host == shop.CodHost)
            {
                await api.PostAsync(host.CreateClientAs(admin), $"/api/orders/{orderId}/staff-cancel", new { reason = "damaged in the warehouse" })
                    .Expect(200, this, "staff cancel a cash-on-delivery order");
            }
            await api.GetAsync(host.CreateClient(), "/api/payments/provider").Expect(200, this, "provider");
            await api.PostAsync(host.CreateClient(), "/api/payments/webhook", new { id = "evt-x", type = "payment.succeeded", paymentId = "PAY-x" })
                .Expect(host == shop.CardHost ? 401 : 404, this, "unsigned webhook");
            requests += api.Requests;
            mismatches.AddRange(api.Mismatches);
        }
        return (requests, mismatches);
    }
}

internal static class Expectations
{
    /// <summary>Notes an answer other than the one the request was meant to provoke (the journey goes on).</summary>
    public static async Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> Expect(
        this Task<(int Status, JsonNode? Body, HttpResponseMessage Response)> sending, int status, OpenApiConformanceTests test, string what)
    {
        var answer = await sending;
        if (answer.Status != status)
        {
            test.Unexpected($"{what}: expected {status}, got {answer.Status} {answer.Body?.ToJsonString()}");
        }
        return answer;
    }
}
