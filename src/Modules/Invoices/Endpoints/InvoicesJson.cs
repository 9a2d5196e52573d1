using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Invoices.Endpoints;

/// <summary>The bodies Invoices' endpoints write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InvoiceLink))]
[JsonSerializable(typeof(InvoiceView))]
[JsonSerializable(typeof(InvoicePage))]
[JsonSerializable(typeof(OrderCreditNotes))]
internal sealed partial class InvoicesJson : JsonSerializerContext;
