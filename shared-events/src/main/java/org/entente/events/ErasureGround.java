package org.entente.events;

/** Why a person's values were erased (issue 21): the person asked, or the retention period of the kind ended. */
public enum ErasureGround {
    PERSON_REQUEST, RETENTION_ENDED
}
