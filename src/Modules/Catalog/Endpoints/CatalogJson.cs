using System.Text.Json;
using System.Text.Json.Serialization;

namespace CloudRetail.Catalog.Endpoints;

/// <summary>The bodies Catalog's endpoints read and write, described at build time (JsonTypes).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(CreateProductRequest))]
[JsonSerializable(typeof(UpdateProductRequest))]
[JsonSerializable(typeof(ImageUploadRequest))]
[JsonSerializable(typeof(ProductPage))]
[JsonSerializable(typeof(ProductView))]
[JsonSerializable(typeof(ProductSaved))]
[JsonSerializable(typeof(ProductDeleted))]
[JsonSerializable(typeof(ImageUpload))]
[JsonSerializable(typeof(SearchIndexPage))]
internal sealed partial class CatalogJson : JsonSerializerContext;
