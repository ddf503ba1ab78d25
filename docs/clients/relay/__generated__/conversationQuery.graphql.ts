/**
 * @generated SignedSource<<659064c4e63f58da720cdaa84ef1fc61>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type conversationQuery$variables = {
  id: string;
};
export type conversationQuery$data = {
  readonly conversation: {
    readonly __typename: string;
    readonly helpScout: {
      readonly " $fragmentSpreads": FragmentRefs<"conversation_helpScout">;
    } | null | undefined;
    readonly textUs: {
      readonly " $fragmentSpreads": FragmentRefs<"conversation_textUs">;
    } | null | undefined;
  } | null | undefined;
};
export type conversationQuery = {
  response: conversationQuery$data;
  variables: conversationQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "id"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "id",
    "variableName": "id"
  }
],
v2 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "__typename",
  "storageKey": null
},
v3 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "conversationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "conversation",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "conversation_helpScout"
                }
              ],
              "type": "HelpScoutConversation",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "helpScout"
          },
          {
            "fragment": {
              "kind": "InlineFragment",
              "selections": [
                {
                  "args": null,
                  "kind": "FragmentSpread",
                  "name": "conversation_textUs"
                }
              ],
              "type": "TextUsConversation",
              "abstractKey": null
            },
            "kind": "AliasedInlineFragmentSpread",
            "name": "textUs"
          }
        ],
        "storageKey": null
      }
    ],
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "conversationQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "conversation",
        "plural": false,
        "selections": [
          (v2/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "subject",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "concreteType": "HelpScoutCustomField",
                "kind": "LinkedField",
                "name": "customFields",
                "plural": true,
                "selections": [
                  (v3/*:: as any*/),
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "name",
                    "storageKey": null
                  },
                  {
                    "alias": null,
                    "args": null,
                    "kind": "ScalarField",
                    "name": "text",
                    "storageKey": null
                  }
                ],
                "storageKey": null
              }
            ],
            "type": "HelpScoutConversation",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/),
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "phoneNumber",
                "storageKey": null
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "currentState",
                "storageKey": null
              }
            ],
            "type": "TextUsConversation",
            "abstractKey": null
          },
          {
            "kind": "InlineFragment",
            "selections": [
              (v3/*:: as any*/)
            ],
            "type": "Node",
            "abstractKey": "__isNode"
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "5df57e0bbe5f9e6d015d5ab7be84ece4",
    "id": null,
    "metadata": {},
    "name": "conversationQuery",
    "operationKind": "query",
    "text": "query conversationQuery(\n  $id: ID!\n) {\n  conversation(id: $id) {\n    __typename\n    ...conversation_helpScout\n    ...conversation_textUs\n    ... on Node {\n      __isNode: __typename\n      id\n    }\n  }\n}\n\nfragment conversation_helpScout on HelpScoutConversation {\n  id\n  subject\n  customFields {\n    id\n    name\n    text\n  }\n}\n\nfragment conversation_textUs on TextUsConversation {\n  id\n  phoneNumber\n  currentState\n}\n"
  }
};
})();

(node as any).hash = "440f4f3ad13cd150831e26cbc98d7157";

export default node;
