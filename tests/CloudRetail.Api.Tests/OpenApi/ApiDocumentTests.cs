using System.Text.Json.Nodes;

namespace CloudRetail.Api.Tests.OpenApi;

/// <summary>The judge of the conformance test, shown able to find each kind of mismatch.</summary>
public sealed class ApiDocumentTests
{
    private static readonly ApiDocument Document = new(JsonNode.Parse("""
        {
          "openapi": "3.1.1",
          "paths": {
            "/api/things/{thingId}": {
              "get": {
                "responses": {
                  "200": { "description": "OK", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } },
                  "404": { "description": "Gone", "content": { "application/problem+json": { "schema": { "type": "object", "required": ["message"] } } } }
                }
              }
            },
            "/api/things/special": {
              "delete": { "responses": { "204": { "description": "Deleted" } } }
            }
          },
          "components": {
            "schemas": {
              "Thing": {
                "type": "object",
                "required": ["name", "price"],
                "properties": { "name": { "type": "string" }, "price": { "type": "number" }, "note": { "type": ["null", "string"] } }
              }
            }
          }
        }
        """)!);

    [Fact]
    public void An_answer_as_documented_passes()
    {
        Assert.Empty(Document.Mismatches("GET", "/api/things/7", 200, "application/json", """{"name":"mug","price":3.5,"note":null}"""));
        Assert.Empty(Document.Mismatches("GET", "/api/things/7", 404, "application/problem+json", """{"message":"no such thing"}"""));
    }

    [Fact]
    public void A_body_off_its_schema_is_a_mismatch()
    {
        Assert.Single(Document.Mismatches("GET", "/api/things/7", 200, "application/json", """{"name":"mug"}"""));
        Assert.Single(Document.Mismatches("GET", "/api/things/7", 200, "application/json", """{"name":7,"price":1}"""));
        Assert.Single(Document.Mismatches("GET", "/api/things/7", 404, "application/problem+json", """{"detail":"no message"}"""));
    }

    [Fact]
    public void An_undocumented_status_content_type_or_operation_is_a_mismatch()
    {
        Assert.Contains("status not documented", Assert.Single(Document.Mismatches("GET", "/api/things/7", 409, "application/problem+json", "{}")));
        Assert.Contains("content type", Assert.Single(Document.Mismatches("GET", "/api/things/7", 404, "application/json", """{"message":"x"}""")));
        Assert.Contains("not in the document", Assert.Single(Document.Mismatches("POST", "/api/things/7", 200, "application/json", "{}")));
        Assert.Contains("without a body", Assert.Single(Document.Mismatches("DELETE", "/api/things/special", 204, "text/plain", "surprise")));
    }

    [Fact]
    public void A_literal_path_wins_over_a_parameter()
    {
        Assert.NotNull(Document.Operation("DELETE", "/api/things/special", out var template));
        Assert.Equal("/api/things/special", template);
    }
}
