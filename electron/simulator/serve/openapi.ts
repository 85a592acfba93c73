/** The OpenAPI 3 document the cdm-api dialect serves at /apidocs.json, listing every endpoint. */
import type { IdKind } from '../model';
import { defaultLimit, maxLimit } from './cdm-api-params';

type Json = Record<string, unknown>;

const error: Json = {
  description: 'Bad parameters',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

function queryParam(name: string, schema: Json, description: string): Json {
  return { name, in: 'query', required: false, schema, description };
}

function arrayOf(ref: string): Json {
  return {
    description: 'OK',
    content: { 'application/json': { schema: { type: 'array', items: { $ref: ref } } } },
  };
}

function transactionPath(source: 'sepa' | 'swift', idKind: IdKind): Json {
  const [payer, beneficiary] = source === 'sepa' ? ['payer', 'receiver'] : ['sender', 'beneficiary'];
  const keyParams =
    idKind === 'int'
      ? [queryParam('after-id', { type: 'integer' }, 'Return records with an id after this one.')]
      : [
          queryParam(
            'after-timestamp',
            { type: 'string', format: 'date-time' },
            'Timestamp of the last key seen.',
          ),
          queryParam('after-uuid', { type: 'string', format: 'uuid' }, 'Id of the last key seen.'),
        ];
  return {
    get: {
      summary: `${source.toUpperCase()} transactions ordered by (timestamp, id)`,
      parameters: [
        queryParam(
          'limit',
          { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit },
          'Page size.',
        ),
        ...keyParams,
        queryParam(payer, { type: 'string' }, `Only records with this ${payer} IBAN.`),
        queryParam(beneficiary, { type: 'string' }, `Only records with this ${beneficiary} IBAN.`),
      ],
      responses: {
        '200': arrayOf(
          source === 'sepa'
            ? '#/components/schemas/SepaTransaction'
            : '#/components/schemas/SwiftTransaction',
        ),
        '400': error,
      },
    },
  };
}

export function openApiDocument(idKind: IdKind): Json {
  const id = idKind === 'int' ? { type: 'integer' } : { type: 'string', format: 'uuid' };
  const transaction = (payer: string, beneficiary: string): Json => ({
    type: 'object',
    properties: {
      id,
      [payer]: { type: 'string' },
      [beneficiary]: { type: 'string' },
      amount: { type: 'number', nullable: true },
      currency: { type: 'string' },
      timestamp: { type: 'string', format: 'date-time' },
    },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'CDM API',
      version: '1.0.0',
      description: 'Cashflow data maker: companies, exchange rates, SEPA and SWIFT transactions.',
    },
    paths: {
      '/companies': {
        get: {
          summary: 'Companies ordered by id',
          parameters: [
            queryParam(
              'limit',
              { type: 'integer', minimum: 1, maximum: maxLimit, default: defaultLimit },
              'Page size.',
            ),
            queryParam('after-id', { type: 'integer' }, 'Return companies with an id after this one.'),
          ],
          responses: { '200': arrayOf('#/components/schemas/Company'), '400': error },
        },
      },
      '/companies/{id}': {
        get: {
          summary: 'One company',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: {
            '200': {
              description: 'OK',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Company' } } },
            },
            '404': {
              description: 'Unknown company',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
            },
          },
        },
      },
      '/exchange-rates': {
        get: { summary: 'Exchange rates', responses: { '200': arrayOf('#/components/schemas/Rate') } },
      },
      '/transactions/sepa': transactionPath('sepa', idKind),
      '/transactions/swift': transactionPath('swift', idKind),
    },
    components: {
      schemas: {
        Company: {
          type: 'object',
          properties: {
            id: { type: 'integer' },
            ibans: { type: 'string', description: "Python-list-like string, e.g. \"['NL..', 'DE..']\"" },
            name: { type: 'string' },
            address: { type: 'string' },
          },
        },
        Rate: {
          type: 'object',
          properties: {
            currency: { type: 'string' },
            usd_rate: { type: 'number' },
            eur_rate: { type: 'number' },
          },
        },
        SepaTransaction: transaction('payer', 'receiver'),
        SwiftTransaction: transaction('sender', 'beneficiary'),
        Error: { type: 'object', properties: { error: { type: 'string' } } },
      },
    },
  };
}
