using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Addresses.Endpoints;

/// <summary>The bodies Addresses' endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PostalAddress))]
[JsonSerializable(typeof(AddressView))]
[JsonSerializable(typeof(AddressBookView))]
internal sealed partial class AddressesJson : JsonSerializerContext;
