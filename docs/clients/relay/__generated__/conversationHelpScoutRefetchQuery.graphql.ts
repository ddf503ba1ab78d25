/**
 * @generated SignedSource<<adab8201d49506b0d3f5216449c0d7ac>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type conversationHelpScoutRefetchQuery$variables = {
  id: string;
};
export type conversationHelpScoutRefetchQuery$data = {
  readonly node: {
    readonly " $fragmentSpreads": FragmentRefs<"conversation_helpScout">;
  } | null | undefined;
};
export type conversationHelpScoutRefetchQuery = {
  response: conversationHelpScoutRefetchQuery$data;
  variables: conversationHelpScoutRefetchQuery$variables;
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
  "name": "id",
  "storageKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "conversationHelpScoutRefetchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "args": null,
            "kind": "FragmentSpread",
            "name": "conversation_helpScout"
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
    "name": "conversationHelpScoutRefetchQuery",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "node",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/),
          {
            "kind": "InlineFragment",
            "selections": [
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
                  (v2/*:: as any*/),
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
          }
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "0af37318f3e8e591227d0fefd926df32",
    "id": null,
    "metadata": {},
    "name": "conversationHelpScoutRefetchQuery",
    "operationKind": "query",
    "text": "query conversationHelpScoutRefetchQuery(\n  $id: ID!\n) {\n  node(id: $id) {\n    __typename\n    ...conversation_helpScout\n    id\n  }\n}\n\nfragment conversation_helpScout on HelpScoutConversation {\n  id\n  subject\n  customFields {\n    id\n    name\n    text\n  }\n}\n"
  }
};
})();

(node as any).hash = "a8a3324bb61fa064645b931f2f58d7ba";

export default node;
