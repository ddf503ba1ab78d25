/**
 * @generated SignedSource<<1b144999304ccc839b029e368cf88544>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type conversation_helpScout$data = {
  readonly customFields: ReadonlyArray<{
    readonly id: string;
    readonly name: string | null | undefined;
    readonly text: string | null | undefined;
  }> | null | undefined;
  readonly id: string;
  readonly subject: string | null | undefined;
  readonly " $fragmentType": "conversation_helpScout";
};
export type conversation_helpScout$key = {
  readonly " $data"?: conversation_helpScout$data;
  readonly " $fragmentSpreads": FragmentRefs<"conversation_helpScout">;
};

import conversationHelpScoutRefetchQuery_graphql from './conversationHelpScoutRefetchQuery.graphql';

const node: ReaderFragment = (function(){
var v0 = {
  "alias": null,
  "args": null,
  "kind": "ScalarField",
  "name": "id",
  "storageKey": null
};
return {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": {
    "refetch": {
      "connection": null,
      "fragmentPathInResult": [
        "node"
      ],
      "operation": conversationHelpScoutRefetchQuery_graphql,
      "identifierInfo": {
        "identifierField": "id",
        "identifierQueryVariableName": "id"
      }
    }
  },
  "name": "conversation_helpScout",
  "selections": [
    (v0/*:: as any*/),
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
        (v0/*:: as any*/),
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
};
})();

(node as any).hash = "a8a3324bb61fa064645b931f2f58d7ba";

export default node;
