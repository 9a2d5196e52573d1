using System.Net;
using CloudRetail.Api.Tests.Infrastructure;

namespace CloudRetail.Api.Tests.Pricing;

[Collection(ShopApiCollection.Name)]
[Trait(ShippedBinary.Category, ShippedBinary.Runs)]
public sealed class AddressBookTests(ShopApi shop)
{
    public static object Address(string name = "Ada Lovelace", string country = "US", string? region = "WA", string? postalCode = "98101") =>
        new { name, line1 = "1 Main Street", line2 = (string?)null, city = "Seattle", region, postalCode, country, phone = "+1 206 555 0100" };

    [Fact]
    public async Task A_shopper_adds_changes_chooses_the_default_and_deletes_addresses()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        var first = await (await customer.PostJsonAsync("/api/addresses", Address("Home"))).JsonAsync();
        var added = await customer.PostJsonAsync("/api/addresses", Address("Office", "DE", null, "10115"));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var second = await added.JsonAsync();
        Assert.True((bool)first["isDefault"]!);
        Assert.False((bool)second["isDefault"]!);
        var secondId = (string)second["addressId"]!;
        Assert.Equal($"/api/addresses/{secondId}", added.Headers.Location!.OriginalString);

        var changed = await (await customer.PutJsonAsync($"/api/addresses/{secondId}", Address("Office 2", "DE", null, "10117"))).JsonAsync();
        Assert.Equal(("Office 2", "10117"), ((string?)changed["name"], (string?)changed["postalCode"]));
        var chosen = await (await customer.PostAsync($"/api/addresses/{secondId}/default", null)).JsonAsync();
        Assert.Equal(secondId, (string?)chosen["defaultAddressId"]);

        var afterDelete = await (await customer.DeleteAsync($"/api/addresses/{secondId}")).JsonAsync();
        Assert.Equal((string?)first["addressId"], (string?)afterDelete["defaultAddressId"]);
        var book = await customer.GetJsonAsync("/api/addresses");
        Assert.Equal(["Home"], book["items"]!.AsArray().Select(a => (string)a!["name"]!));
    }

    [Fact]
    public async Task Another_shoppers_address_is_404_for_every_change()
    {
        var (alice, _, _) = await shop.NewCustomerAsync();
        var (bob, _, _) = await shop.NewCustomerAsync();
        var addressId = (string)(await (await alice.PostJsonAsync("/api/addresses", Address())).JsonAsync())["addressId"]!;

        await (await bob.PutJsonAsync($"/api/addresses/{addressId}", Address("Mine"))).ProblemAsync(404, "Address not found");
        await (await bob.DeleteAsync($"/api/addresses/{addressId}")).ProblemAsync(404, "Address not found");
        await (await bob.PostAsync($"/api/addresses/{addressId}/default", null)).ProblemAsync(404, "Address not found");
        Assert.Empty((await bob.GetJsonAsync("/api/addresses"))["items"]!.AsArray());
        Assert.Equal("Ada Lovelace", (string?)(await alice.GetJsonAsync("/api/addresses"))["items"]![0]!["name"]);
    }

    [Fact]
    public async Task A_bad_address_is_400_naming_each_field_the_country_requires()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();

        var problem = await (await customer.PostJsonAsync("/api/addresses", Address(country: "US", region: null, postalCode: "1"))).ProblemAsync(400);

        Assert.Equal("region is required for addresses in US", (string?)problem["errors"]!["region"]![0]);
        Assert.Equal("postalCode for US must look like 12345 or 12345-6789", (string?)problem["errors"]!["postalCode"]![0]);
        await (await customer.PostJsonAsync("/api/addresses", Address(country: "ZZ"))).ProblemAsync(400);
    }

    [Fact]
    public async Task Adds_racing_on_one_book_never_pass_twenty_nor_lose_an_address()
    {
        var (customer, _, _) = await shop.NewCustomerAsync();
        for (var i = 0; i < 15; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await customer.PostJsonAsync("/api/addresses", Address($"A{i}"))).StatusCode);
        }

        var racing = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => customer.PostJsonAsync("/api/addresses", Address($"B{i}"))));

        var book = await customer.GetJsonAsync("/api/addresses");
        var created = racing.Count(r => r.StatusCode == HttpStatusCode.Created);
        // Every add answered 201 is in the book, and the book holds no more than 20.
        Assert.Equal(15 + created, book["items"]!.AsArray().Count);
        Assert.InRange(created, 1, 5);
        Assert.All(racing.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }
}
