/**
 * @generated SignedSource<<3471d5af35d1d4e269842433f096cafe>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ReaderFragment } from 'relay-runtime';
import { FragmentRefs } from "relay-runtime";
export type conversation_textUs$data = {
  readonly currentState: string | null | undefined;
  readonly id: string;
  readonly phoneNumber: string | null | undefined;
  readonly " $fragmentType": "conversation_textUs";
};
export type conversation_textUs$key = {
  readonly " $data"?: conversation_textUs$data;
  readonly " $fragmentSpreads": FragmentRefs<"conversation_textUs">;
};

const node: ReaderFragment = {
  "argumentDefinitions": [],
  "kind": "Fragment",
  "metadata": null,
  "name": "conversation_textUs",
  "selections": [
    {
      "alias": null,
      "args": null,
      "kind": "ScalarField",
      "name": "id",
      "storageKey": null
    },
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
};

(node as any).hash = "1607e8b275bd665ec82ab9ee1ed293cf";

export default node;
