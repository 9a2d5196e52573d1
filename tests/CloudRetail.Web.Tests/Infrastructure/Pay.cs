namespace CloudRetail.Web.Tests.Infrastructure;

/// <summary>Pays on the payment page with whatever provider the shop runs (MOCK locally).</summary>
public static class Pay
{
    public const string SimulatorCard = "4242424242424242";

    public static async Task OrderAsync(IPage page)
    {
        var methods = page.Locator(".methods");
        await Expect(methods).ToBeVisibleAsync();
        var card = page.GetByLabel("Card number");
        if (await card.CountAsync() > 0)
        {
            await card.FillAsync(SimulatorCard);
        }
        await methods.Locator(".button-primary").ClickAsync();
    }
}
