import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { API_ENDPOINTS, ApiEndpointName, expandPath } from './api-endpoints';

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest {
  readonly pathParams?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** The only place that turns an endpoint of {@link API_ENDPOINTS} into an HTTP request. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  request<T>(name: ApiEndpointName, request: ApiRequest = {}): Observable<T> {
    const endpoint = API_ENDPOINTS[name];
    return this.http.request<T>(endpoint.method, expandPath(endpoint.path, request.pathParams), {
      body: request.body,
      params: paramsOf(request),
      headers: request.headers,
    });
  }

  /** A file the API answers (a CSV export), as a Blob to save. */
  download(name: ApiEndpointName, request: ApiRequest = {}): Observable<Blob> {
    const endpoint = API_ENDPOINTS[name];
    return this.http.request(endpoint.method, expandPath(endpoint.path, request.pathParams), {
      params: paramsOf(request),
      headers: request.headers,
      responseType: 'blob',
    });
  }
}

function paramsOf(request: ApiRequest): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}
